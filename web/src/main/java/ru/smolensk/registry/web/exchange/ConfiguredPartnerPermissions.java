package ru.smolensk.registry.web.exchange;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.domain.application.exchange.PartnerPermissions;

/**
 * The partners as configured: the operations a partner may call, from {@code exchange.partner.<account>.operations}
 * (comma-separated, e.g. {@code GetEvents,GetChanges,Ping}; every operation without the setting), the system code it
 * must name as Sender ({@code exchange.partner.<account>.system}, the account name by default), the registry's code
 * ({@code exchange.sender}) and the allowed skew of a message's Timestamp ({@code exchange.timestamp-skew-hours},
 * 24 by default).
 */
@ApplicationScoped
public class ConfiguredPartnerPermissions implements PartnerPermissions {

    @Override
    public boolean mayCall(String partner, String operation) {
        return ConfigProvider.getConfig().getOptionalValue("exchange.partner." + partner + ".operations", String.class)
                .map(ConfiguredPartnerPermissions::names).map(allowed -> allowed.contains(operation)).orElse(true);
    }

    @Override
    public String systemCode(String account) {
        return ConfigProvider.getConfig().getOptionalValue("exchange.partner." + account + ".system", String.class)
                .map(String::strip).filter(code -> !code.isEmpty()).orElse(account);
    }

    @Override
    public String registryCode() {
        return ConfigProvider.getConfig().getOptionalValue("exchange.sender", String.class).map(String::strip)
                .filter(code -> !code.isEmpty()).orElse(DEFAULT_REGISTRY_CODE);
    }

    @Override
    public Duration timestampSkew() {
        return Duration.ofHours(ConfigProvider.getConfig()
                .getOptionalValue("exchange.timestamp-skew-hours", Long.class).orElse(24L));
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
