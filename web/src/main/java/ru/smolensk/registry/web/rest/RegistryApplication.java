package ru.smolensk.registry.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.web.rest.problem.Problem;

/** The JSON API of the registry under {@code /api}. */
@ApplicationPath("/api")
@DeclareRoles({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@OpenAPIDefinition(info = @Info(title = "Реестр международных мероприятий Смоленской области", version = "1.0", description = "Планы и отчеты о международных мероприятиях муниципальных образований и исполнительных"
        + " органов Смоленской области. Соглашения: docs/api.md"), security = @SecurityRequirement(name = "basic"), components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RegistryApplication extends Application {
}
