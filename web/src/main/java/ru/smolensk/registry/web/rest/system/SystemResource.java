package ru.smolensk.registry.web.rest.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.security.SignInLock;
import ru.smolensk.registry.web.health.HealthDetails;
import ru.smolensk.registry.web.security.SignInGuard;

/** The server's state for administrators: what the public health check leaves out, and the sign-in locks. */
@Path("system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Состояние сервера", description = "Подробности для администратора")
public class SystemResource {

    /** One health check with its details. */
    public record CheckView(String name, String status, Map<String, Object> data) {
    }

    /** The health checks with details. */
    public record HealthView(String status, List<CheckView> checks) {
    }

    /** A lock or delay of sign-ins. */
    public record LockView(String kind, String key, int failures, Instant until, boolean locked) {
        static LockView of(SignInLock lock) {
            return new LockView(lock.kind(), lock.key(), lock.failures(), lock.until(), lock.locked());
        }
    }

    @Inject
    HealthDetails health;

    @Inject
    SignInGuard signIns;

    @GET
    @Path("health")
    @Operation(summary = "Состояние сервера с подробностями", description = "То же, что /health, с подробностями:"
            + " СУБД, версия схемы, память. Анонимный /health показывает только UP/DOWN.")
    @APIResponse(responseCode = "200", description = "Проверки с подробностями")
    @APIResponse(responseCode = "403", description = "Только для администратора")
    public HealthView health() {
        List<CheckView> checks = health.all().stream().map(SystemResource::view).toList();
        boolean up = checks.stream().allMatch(c -> c.status().equals("UP"));
        return new HealthView(up ? "UP" : "DOWN", checks);
    }

    @GET
    @Path("sign-in-locks")
    @Operation(summary = "Текущие блокировки входа", description = "Учетные записи (ACCOUNT) и адреса (ADDRESS), вход"
            + " которых сейчас отложен или заблокирован после неудачных попыток: число попыток, до какого времени,"
            + " блокировка (locked) или задержка. Каждая блокировка записана и в журнал изменений (вид объекта"
            + " SignIn).")
    @APIResponse(responseCode = "200", description = "Блокировки, самые долгие первыми")
    @APIResponse(responseCode = "403", description = "Только для администратора")
    public List<LockView> signInLocks() {
        return signIns.current().stream().map(LockView::of).toList();
    }

    private static CheckView view(HealthCheckResponse check) {
        return new CheckView(check.getName(), check.getStatus().name(), check.getData().orElse(Map.of()));
    }
}
