package ru.smolensk.registry.web.exchange.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.integration.exchange.signature.EnvelopeSigner;
import ru.smolensk.registry.integration.exchange.signature.EnvelopeVerifier;
import ru.smolensk.registry.integration.exchange.signature.SignatureAlgorithms;
import ru.smolensk.registry.integration.exchange.signature.SigningKey;

/**
 * The registry's signing key and the verifier of partners' signatures, from configuration:
 * {@code exchange.signature.keystore.file|password|type|provider}, {@code exchange.signature.key.alias|password},
 * {@code exchange.signature.algorithm}, {@code .digest}, {@code .provider}, {@code .accepted-algorithms},
 * {@code .timestamp-max-age-seconds}, {@code .clock-skew-seconds}. Without a key store, demo mode makes a demo key
 * at first start ({@link DemoSignatureKeys}); production has no key, and the exchange refuses to work unsigned.
 */
@ApplicationScoped
public class RegistrySignature {

    private static final Logger LOG = Logger.getLogger(RegistrySignature.class.getName());

    private volatile EnvelopeSigner signer;
    private volatile EnvelopeVerifier verifier;
    private volatile String problem;

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    static String text(String key, String defaultValue) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(defaultValue);
    }

    private static long seconds(String key, long defaultValue) {
        try {
            return Math.max(1, Long.parseLong(text(key, String.valueOf(defaultValue))));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** The signer of the registry's messages, or null when no key is configured (see {@link #problem()}). */
    public EnvelopeSigner signer() {
        load();
        return signer;
    }

    public EnvelopeVerifier verifier() {
        load();
        return verifier;
    }

    /** Why there is no signer, in Russian, or null. */
    public String problem() {
        load();
        return problem;
    }

    /** The registry's certificate, or null. */
    public X509Certificate certificate() {
        EnvelopeSigner s = signer();
        return s == null ? null : s.key().certificate();
    }

    private void load() {
        if (verifier == null) {
            synchronized (this) {
                if (verifier == null) {
                    initialize();
                }
            }
        }
    }

    private void initialize() {
        SignatureAlgorithms.initialize(text("exchange.signature.provider", null));
        String accepted = text("exchange.signature.accepted-algorithms", null);
        Set<String> methods = accepted == null
                ? SignatureAlgorithms.DEFAULT_ACCEPTED
                : Set.copyOf(Arrays.stream(accepted.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        Duration maxAge = Duration.ofSeconds(seconds("exchange.signature.timestamp-max-age-seconds", 300));
        Duration skew = Duration.ofSeconds(seconds("exchange.signature.clock-skew-seconds", 60));
        String file = text("exchange.signature.keystore.file", null);
        String password = text("exchange.signature.keystore.password", "");
        String type = text("exchange.signature.keystore.type", "PKCS12");
        if (file == null && DemoSignatureKeys.isDemo()) {
            Path demo = DemoSignatureKeys.registryKeyStore();
            file = demo.toString();
            password = DemoSignatureKeys.PASSWORD;
            type = "PKCS12";
        }
        try {
            if (file == null) {
                problem = "Ключ подписи реестра не настроен (EXCHANGE_SIGNATURE_KEYSTORE_FILE)";
                LOG.severe("Exchange: no signing key configured (exchange.signature.keystore.file); every SOAP"
                        + " message is refused until one is");
            } else if (!Files.isReadable(Path.of(file))) {
                problem = "Хранилище ключа подписи реестра недоступно";
                LOG.severe("Exchange: the signing key store " + file + " cannot be read");
            } else {
                String keyPassword = text("exchange.signature.key.password", password);
                SigningKey key = SigningKey.load(Path.of(file), type, text("exchange.signature.keystore.provider",
                        null), password.toCharArray(), text("exchange.signature.key.alias", null),
                        keyPassword.toCharArray())
                        .withAlgorithms(text("exchange.signature.algorithm", null),
                                text("exchange.signature.digest", null));
                signer = new EnvelopeSigner(key, maxAge);
                LOG.info("Exchange: messages are signed with " + key.signatureMethod() + " by "
                        + key.certificate().getSubjectX500Principal().getName());
            }
        } catch (RuntimeException e) {
            problem = "Ключ подписи реестра не загружен";
            LOG.log(Level.SEVERE, "Exchange: the signing key cannot be loaded", e);
        }
        verifier = new EnvelopeVerifier(methods, maxAge, skew);
    }
}
