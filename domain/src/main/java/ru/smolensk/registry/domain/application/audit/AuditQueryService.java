package ru.smolensk.registry.domain.application.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;

/** Searches the audit log; only administrators and the coordinator may read it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueryService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private CurrentUser user;
    private AuditLog audit;

    protected AuditQueryService() {
        // for CDI proxies
    }

    @Inject
    public AuditQueryService(CurrentUser user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    /**
     * The newest records matching the filters (null = any; {@code from} inclusive, {@code to}
     * exclusive), at most {@code limit} (1 to {@link #MAX_LIMIT}).
     */
    public AuditExcerpt search(String entityType, String entityId, String username, OffsetDateTime from,
            OffsetDateTime to, int limit) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Журнал изменений доступен только администратору и координатору");
        }
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<AuditRecord> found = audit.search(entityType, entityId, username, from, to, bounded + 1);
        return new AuditExcerpt(found.subList(0, Math.min(bounded, found.size())), found.size() > bounded);
    }
}
