package ru.smolensk.registry.web.exchange;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.domain.application.exchange.PartnerPermissions;

/**
 * The operations a partner may call, from {@code exchange.partner.<account>.operations} (comma-separated, e.g.
 * {@code GetEvents,GetChanges,Ping}); a partner without the setting may call every operation.
 */
@ApplicationScoped
public class ConfiguredPartnerPermissions implements PartnerPermissions {

    @Override
    public boolean mayCall(String partner, String operation) {
        return ConfigProvider.getConfig().getOptionalValue("exchange.partner." + partner + ".operations", String.class)
                .map(ConfiguredPartnerPermissions::names).map(allowed -> allowed.contains(operation)).orElse(true);
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
