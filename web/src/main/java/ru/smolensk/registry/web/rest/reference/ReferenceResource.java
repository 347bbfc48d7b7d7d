package ru.smolensk.registry.web.rest.reference;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.web.rest.problem.Requests;

/** Reference data for every signed-in user: organisations with their dated names, spheres, countries. */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Справочники", description = "Организации, сферы сотрудничества, страны")
public class ReferenceResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Path("organizations")
    @Operation(summary = "Организации", description = "Муниципальные образования (город Смоленск первым),"
            + " исполнительные органы и подведомственные учреждения с действующими и историческими наименованиями")
    @APIResponse(responseCode = "200", description = "Список организаций в официальном порядке")
    public List<OrganizationView> organizations(
            @Parameter(description = "Уровень: MUNICIPAL или REGIONAL") @QueryParam("level") String level) {
        LocalDate today = LocalDate.now();
        return referenceData.organizations(Requests.level(level)).stream()
                .map(o -> OrganizationView.of(o, today)).toList();
    }

    @GET
    @Path("organizations/{code}")
    @Operation(summary = "Организация по коду")
    @APIResponse(responseCode = "200", description = "Организация")
    @APIResponse(responseCode = "404", description = "Нет организации с таким кодом")
    public OrganizationView organization(@PathParam("code") String code) {
        return OrganizationView.of(referenceData.organization(code), LocalDate.now());
    }

    @GET
    @Path("spheres")
    @Operation(summary = "Сферы сотрудничества", description = "В порядке официальных документов")
    @APIResponse(responseCode = "200", description = "Список сфер")
    public List<SphereView> spheres() {
        return referenceData.spheres().stream().map(SphereView::of).toList();
    }

    @GET
    @Path("countries")
    @Operation(summary = "Страны", description = "ОКСМ/ISO 3166-1 с русскими наименованиями и синонимами")
    @APIResponse(responseCode = "200", description = "Список стран")
    public List<CountryView> countries() {
        return referenceData.countries().stream().map(CountryView::of).toList();
    }
}
