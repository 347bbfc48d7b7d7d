package ru.smolensk.registry.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import ru.smolensk.registry.domain.application.security.SignInLock;
import ru.smolensk.registry.domain.application.security.SignInLockAudit;
import ru.smolensk.registry.domain.application.security.SignInPolicy;
import ru.smolensk.registry.domain.application.security.SignInThrottle;
import ru.smolensk.registry.domain.application.security.SignInVerdict;

/**
 * The server's sign-in throttle, configured by the Liberty variables {@code signin.delay-after},
 * {@code signin.max-failures.account}, {@code signin.max-failures.address} and {@code signin.lock-seconds}. The
 * client address is the connection's ({@code request.getRemoteAddr()}; behind a reverse proxy configure Liberty's
 * {@code remoteIp} so that it is the client's).
 */
@ApplicationScoped
public class SignInGuard {

    /** The request attribute with the seconds to wait, set when the sign-in form was refused by the throttle. */
    public static final String REFUSED_FOR_SECONDS = SignInGuard.class.getName() + ".refusedForSeconds";

    @Inject
    SignInLockAudit audit;

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        SignInPolicy defaults = SignInPolicy.defaults();
        SignInPolicy policy = new SignInPolicy(
                config.getOptionalValue("signin.delay-after", Integer.class).orElse(defaults.delayAfter()),
                config.getOptionalValue("signin.max-failures.account", Integer.class)
                        .orElse(defaults.maxAccountFailures()),
                config.getOptionalValue("signin.max-failures.address", Integer.class)
                        .orElse(defaults.maxAddressFailures()),
                config.getOptionalValue("signin.lock-seconds", Long.class).map(Duration::ofSeconds)
                        .orElse(defaults.lock()));
        throttle = new SignInThrottle(policy, Clock.systemUTC(), audit);
    }

    SignInVerdict check(String account, HttpServletRequest request) {
        return throttle.check(account, request.getRemoteAddr());
    }

    void failed(String account, HttpServletRequest request) {
        throttle.failed(account, request.getRemoteAddr());
    }

    void succeeded(String account) {
        throttle.succeeded(account);
    }

    /** The current locks and delays (for administrators). */
    public List<SignInLock> current() {
        return throttle.current();
    }
}
