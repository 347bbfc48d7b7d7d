package ru.smolensk.registry.domain.application.backup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.shared.DomainException;

/**
 * Online backups of the embedded database: an administrator's request or the schedule writes one into the backup
 * folder; each is audited (entity type {@value #AUDIT_ENTITY}, id the file name). A database that is not embedded
 * is backed up with its own tools ({@code pg_dump}), and the request is refused with {@value #USE_DATABASE_TOOLS}.
 */
@ApplicationScoped
public class BackupService {

    /** The audit entity type of backups. */
    public static final String AUDIT_ENTITY = "DatabaseBackup";
    /** The code of a refused backup of a database the server does not back up itself. */
    public static final String USE_DATABASE_TOOLS = "backup-with-database-tools";

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Inject
    OnlineBackup database;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** An administrator backs the database up now. */
    @Transactional
    public BackupFile backUpNow(BackupFolder folder) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Резервную копию создает только администратор");
        }
        return backUp(folder, user.username(), "Резервная копия базы данных по запросу администратора");
    }

    /** The scheduled backup: one more, then only the newest {@code keep} stay in the folder. */
    @Transactional
    public BackupFile backUpOnSchedule(BackupFolder folder, int keep) {
        BackupFile written = backUp(folder, "system", "Резервная копия базы данных по расписанию");
        List<String> removed = folder.keepNewest(Math.max(1, keep));
        if (!removed.isEmpty()) {
            LOG.info(() -> "Backups beyond the newest " + keep + " removed: " + removed);
        }
        return written;
    }

    /** The backups in the folder, newest first (administrators). */
    public List<BackupFile> list(BackupFolder folder) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Резервные копии видит только администратор");
        }
        return folder.list();
    }

    private BackupFile backUp(BackupFolder folder, String username, String summary) {
        if (!database.supported()) {
            throw new DomainException(USE_DATABASE_TOOLS, "Сервер создает резервные копии только встроенной базы"
                    + " данных H2. Базу данных PostgreSQL копируйте ее средствами: pg_dump -Fc (восстановление —"
                    + " pg_restore), как описано в руководстве администратора");
        }
        Path zip = folder.newFile(Instant.now());
        long started = System.nanoTime();
        database.writeTo(zip);
        BackupFile written = BackupFolder.describe(zip);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Database backup written: " + zip + " (" + written.bytes() + " bytes, " + millis + " ms)");
        audit.append(new AuditRecord(OffsetDateTime.now(), username, AuditAction.CREATE, AUDIT_ENTITY, written.name(),
                summary + ": " + written.name() + " (" + written.bytes() + " байт)", null, null));
        return written;
    }
}
