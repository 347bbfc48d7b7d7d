package ru.smolensk.registry.domain.application.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;

/**
 * Writes each new sign-in lock to the audit log (entity type {@value #ENTITY_TYPE}, id {@code ACCOUNT:<name>} or
 * {@code ADDRESS:<address>}) in a transaction of its own, and to the server log.
 */
@ApplicationScoped
public class SignInLockAudit implements Consumer<SignInLock> {

    /** The audit entity type of sign-in locks. */
    public static final String ENTITY_TYPE = "SignIn";

    private static final Logger LOG = Logger.getLogger(SignInLockAudit.class.getName());

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accept(SignInLock lock) {
        boolean account = SignInThrottle.ACCOUNT.equals(lock.kind());
        String summary = (account ? "Вход учетной записи «" + lock.key() + "»" : "Вход с адреса " + lock.key())
                + " заблокирован до " + lock.until().atOffset(ZoneOffset.UTC) + " (UTC) после " + lock.failures()
                + " неудачных попыток";
        LOG.warning(() -> "Sign-in lock: " + lock.kind() + " " + lock.key() + " after " + lock.failures()
                + " failures until " + lock.until());
        audit.append(new AuditRecord(OffsetDateTime.now(), account ? lock.key() : "anonymous", AuditAction.SIGN_IN_LOCK,
                ENTITY_TYPE, lock.kind() + ":" + lock.key(), summary, null, null));
    }
}
