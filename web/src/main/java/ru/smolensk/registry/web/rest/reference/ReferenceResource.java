package ru.smolensk.registry.web.rest.reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.smolensk.registry.domain.application.reference.ReferenceAdministrationService;
import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.web.rest.problem.Requests;

/**
 * Reference data for every signed-in user: organisations with their dated names, spheres, countries; changes
 * to them and the binding of accounts to organisations for administrators.
 */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Справочники", description = "Организации, сферы сотрудничества, страны")
public class ReferenceResource {

    private static final int DEFAULT_ORDER = 1000;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ReferenceAdministrationService administration;

    @Context
    UriInfo uriInfo;

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

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Добавить организацию", description = "Только администратор. Код — латинские строчные"
            + " буквы, цифры и «_»; вид — CITY_OKRUG, MUNICIPAL_OKRUG, REGIONAL_BODY и т. д.")
    @APIResponse(responseCode = "201", description = "Организация добавлена; заголовок Location", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "403", description = "Только администратор")
    @APIResponse(responseCode = "409", description = "Организация с таким кодом уже есть")
    @APIResponse(responseCode = "422", description = "Ошибка в поле")
    public Response createOrganization(ReferenceRequests.NewOrganization request) {
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются code, kind и name");
        }
        Organization created = administration.createOrganization(request.code(),
                Requests.enumOf("kind", request.kind(), OrganizationKind.class), request.name(),
                request.order() == null ? DEFAULT_ORDER : request.order(), request.parentCode());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build())
                .entity(OrganizationView.of(created, LocalDate.now())).build();
    }

    @PUT
    @Path("organizations/{code}/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Адрес организации для напоминаний", description = "Только администратор. Тело {email};"
            + " пустое значение удаляет адрес. На него приходят напоминания о сроках сдачи планов и отчетов.")
    @APIResponse(responseCode = "200", description = "Организация")
    @APIResponse(responseCode = "404", description = "Нет такой организации")
    @APIResponse(responseCode = "422", description = "Не похоже на адрес электронной почты")
    public OrganizationView changeEmail(@PathParam("code") String code, ReferenceRequests.Email request) {
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидается email");
        }
        return OrganizationView.of(administration.changeEmail(code, request.email()), LocalDate.now());
    }

    @POST
    @Path("organizations/{code}/names")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Добавить название организации", description = "Только администратор. Официальное"
            + " название с датами действия (OFFICIAL, например прежнее «… район» до реформы) или синоним (ALIAS),"
            + " по которому распознаются разделы документов.")
    @APIResponse(responseCode = "200", description = "Организация со всеми названиями")
    @APIResponse(responseCode = "409", description = "Такое название уже есть")
    @APIResponse(responseCode = "422", description = "Пустое название или неверные даты")
    public OrganizationView addName(@PathParam("code") String code, ReferenceRequests.NewName request) {
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидается name");
        }
        return OrganizationView.of(administration.addOrganizationName(code, request.name(),
                Requests.enumOf("kind", request.kind(), NameKind.class), request.validFrom(), request.validTo()),
                LocalDate.now());
    }

    @POST
    @Path("spheres/{code}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Добавить написание сферы", description = "Только администратор. Заголовок раздела, как"
            + " его пишут в документах («Сотрудничество в сфере …»).")
    @APIResponse(responseCode = "200", description = "Сфера со всеми написаниями")
    @APIResponse(responseCode = "409", description = "Такое написание уже есть")
    public SphereView addAlias(@PathParam("code") String code, ReferenceRequests.NewAlias request) {
        return SphereView.of(administration.addSphereAlias(code, request == null ? null : request.alias()));
    }

    @GET
    @Path("accounts")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Привязки пользователей к организациям", description = "Только администратор")
    @APIResponse(responseCode = "200", description = "Учетные записи и их организации")
    public List<AccountView> accounts() {
        return administration.accounts().stream().map(AccountView::of).toList();
    }

    @PUT
    @Path("accounts/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Привязать пользователя к организации", description = "Только администратор. Оператор"
            + " видит и изменяет данные только своей организации.")
    @APIResponse(responseCode = "200", description = "Привязка сохранена")
    @APIResponse(responseCode = "404", description = "Нет такой организации")
    public AccountView bind(@PathParam("username") String username, ReferenceRequests.AccountBinding request) {
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидается organization");
        }
        return AccountView.of(administration.bindAccount(username, request.fullName(), request.organization()));
    }
}
