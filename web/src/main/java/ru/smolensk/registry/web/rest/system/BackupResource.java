package ru.smolensk.registry.web.rest.system;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.backup.BackupFile;
import ru.smolensk.registry.domain.application.backup.BackupService;
import ru.smolensk.registry.web.backup.BackupSettings;

/** Online backups of the embedded database, taken by an administrator while the server keeps working. */
@Path("system/backup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Состояние сервера", description = "Подробности для администратора")
public class BackupResource {

    @Inject
    BackupService backups;

    @Inject
    BackupSettings settings;

    @POST
    @Operation(summary = "Создать резервную копию базы данных", description = "Встроенная база данных H2: согласованная"
            + " копия (zip) пишется в папку backup.h2.folder с именем registry-<ГГГГММДД-ЧЧММСС>.zip (UTC), пока сервер"
            + " работает; записывается в журнал изменений (вид объекта DatabaseBackup). Восстановление: остановить"
            + " сервер, распаковать копию на место файла базы, запустить. PostgreSQL копируется своими средствами"
            + " (pg_dump -Fc), запрос отклоняется с кодом backup-with-database-tools.")
    @APIResponse(responseCode = "201", description = "Копия создана: имя файла, размер, время", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupFile.class)))
    @APIResponse(responseCode = "403", description = "Только для администратора")
    @APIResponse(responseCode = "501", description = "База данных PostgreSQL: копируется pg_dump")
    public Response backUp() {
        return Response.status(Response.Status.CREATED).entity(backups.backUpNow(settings.folder())).build();
    }

    @GET
    @Operation(summary = "Резервные копии базы данных", description = "Копии в папке backup.h2.folder, новые первыми")
    @APIResponse(responseCode = "200", description = "Копии: имя файла, размер, время")
    @APIResponse(responseCode = "403", description = "Только для администратора")
    public List<BackupFile> list() {
        return backups.list(settings.folder());
    }
}
