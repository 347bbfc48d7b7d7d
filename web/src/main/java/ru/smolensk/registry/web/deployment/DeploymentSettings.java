package ru.smolensk.registry.web.deployment;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The Liberty variables that say where the server runs, read through MicroProfile Config, which sees the same values
 * Liberty resolved: a {@code configDropins/overrides} file, then the environment ({@code DB_KIND} for {@code db.kind}),
 * then the defaults of {@code server.xml}.
 */
@ApplicationScoped
public class DeploymentSettings {

    /** Config sources below this ordinal are defaults (Liberty's {@code defaultValue}s), not an administrator's choice. */
    static final int LOWEST_EXPLICIT_ORDINAL = 100;
    private static final int ENVIRONMENT_ORDINAL = 300;
    private static final int SYSTEM_PROPERTY_ORDINAL = 400;

    private final Config config;

    public DeploymentSettings() {
        this(ConfigProvider.getConfig());
    }

    DeploymentSettings(Config config) {
        this.config = config;
    }

    public boolean production() {
        return !"demo".equalsIgnoreCase(value("app.mode", "production"));
    }

    public String databaseKind() {
        return value("db.kind", "h2").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean embeddedDatabase() {
        return "h2".equals(databaseKind());
    }

    /** Whether the database kind was set by the administrator (environment, file), not taken from the defaults. */
    public boolean databaseKindExplicit() {
        ConfigValue kind = config.getConfigValue("db.kind");
        return kind.getValue() != null && kind.getSourceOrdinal() >= LOWEST_EXPLICIT_ORDINAL;
    }

    /** Where the database kind came from, in words for the log. */
    String databaseKindOrigin() {
        if (!databaseKindExplicit()) {
            return "db.kind not set, the default";
        }
        ConfigValue kind = config.getConfigValue("db.kind");
        return "db.kind from " + switch (kind.getSourceOrdinal()) {
            case ENVIRONMENT_ORDINAL -> "the environment";
            case SYSTEM_PROPERTY_ORDINAL -> "a JVM system property";
            default -> kind.getSourceName();
        };
    }

    public boolean embeddedAllowedInProduction() {
        return Boolean.parseBoolean(value("db.h2.allow-in-production", "false"));
    }

    /**
     * Why this server must not start on its settings, or empty when it may: production mode on the embedded database
     * needs {@code DB_KIND=h2} given on purpose or {@code db.h2.allow-in-production=true}.
     */
    public Optional<String> refusal() {
        if (production() && embeddedDatabase() && !databaseKindExplicit() && !embeddedAllowedInProduction()) {
            return Optional.of("Production mode refuses the embedded H2 database, which was chosen by default: "
                    + "set DB_KIND=postgresql with DB_HOST, DB_NAME, DB_USER, DB_PASSWORD (see README, "
                    + "'PostgreSQL in production'), or set DB_KIND=h2 or db.h2.allow-in-production=true to run on "
                    + "the embedded file " + value("db.h2.path", "data/registry") + " on purpose");
        }
        return Optional.empty();
    }

    public int httpPort() {
        return Integer.parseInt(value("http.port", "9080").trim());
    }

    public int httpsPort() {
        return Integer.parseInt(value("https.port", "9443").trim());
    }

    /** How long after start the HTTP port may still be unbound before the log says so. */
    public int httpPortCheckSeconds() {
        return Integer.parseInt(value("http.port.check-seconds", "60").trim());
    }

    /** One line for the log: mode, database (kind, host, name, account; never a password) and ports. */
    public String summary() {
        String database = embeddedDatabase()
                ? "embedded H2, file " + value("db.h2.path", "data/registry")
                : "PostgreSQL " + value("db.host", "localhost") + ":" + value("db.port", "5432") + "/"
                        + value("db.name", "registry") + " as " + value("db.user", "registry");
        return "Registry: mode " + (production() ? "production" : "demo") + "; database " + database + " ("
                + databaseKindOrigin() + "); HTTP port " + httpPort() + ", HTTPS port " + httpsPort();
    }

    private String value(String name, String fallback) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
