package ru.smolensk.registry.web.exchange;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.domain.application.exchange.outbound.OutboundSettings;
import ru.smolensk.registry.integration.exchange.SoapPartnerClient.PartnerEndpoint;

/**
 * Outbound exchange settings from the server configuration (Liberty variables through MicroProfile Config):
 * {@code exchange.outbound.partners} (comma-separated partner codes, none by default), per partner
 * {@code exchange.partner.<code>.url}, {@code .user}, {@code .password}; retries:
 * {@code exchange.outbound.max-attempts} (10), {@code exchange.outbound.first-delay-seconds} (30),
 * {@code exchange.outbound.max-delay-seconds} (3600); the worker's {@code exchange.outbound.poll-seconds} (10)
 * and the registry's own system code {@code exchange.sender} (smolensk-registry).
 */
@ApplicationScoped
public class ConfiguredOutbound implements OutboundSettings {

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    private static String text(String key, String defaultValue) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(defaultValue);
    }

    private static int number(String key, int defaultValue) {
        try {
            return Math.max(1, Integer.parseInt(text(key, String.valueOf(defaultValue))));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    @Override
    public List<String> partners() {
        return Arrays.stream(text("exchange.outbound.partners", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Override
    public int maxAttempts() {
        return number("exchange.outbound.max-attempts", 10);
    }

    @Override
    public Duration firstDelay() {
        return Duration.ofSeconds(number("exchange.outbound.first-delay-seconds", 30));
    }

    @Override
    public Duration maxDelay() {
        return Duration.ofSeconds(number("exchange.outbound.max-delay-seconds", 3600));
    }

    /** How often the worker looks for due messages. */
    public Duration pollInterval() {
        return Duration.ofSeconds(number("exchange.outbound.poll-seconds", 10));
    }

    /** How long the bodies of journaled messages are kept ({@code exchange.journal.body-retention-days}, 90). */
    public Duration bodyRetention() {
        return Duration.ofDays(number("exchange.journal.body-retention-days", 90));
    }

    /** The registry's system code in the headers of its messages. */
    public String sender() {
        return text("exchange.sender", "smolensk-registry");
    }

    /** Where a partner is reached. */
    public PartnerEndpoint endpoint(String partner) {
        String prefix = "exchange.partner." + partner + ".";
        return new PartnerEndpoint(partner, text(prefix + "url", null), text(prefix + "user", null),
                text(prefix + "password", null));
    }
}
