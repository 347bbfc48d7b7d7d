package ru.smolensk.registry.web.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;

/**
 * A trivial authenticated endpoint without database work: lets a client check its credentials and
 * serves as the baseline of the load benchmark.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Служебное")
public class PingResource {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @Operation(summary = "Проверка связи и учетных данных")
    @APIResponse(responseCode = "200", description = "Сервер доступен, учетные данные верны")
    public Map<String, String> ping() {
        return OK;
    }
}
