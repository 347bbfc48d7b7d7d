package ru.smolensk.registry.web.rest.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignService;
import ru.smolensk.registry.domain.application.campaign.Completeness;
import ru.smolensk.registry.domain.application.campaign.Notice;
import ru.smolensk.registry.domain.application.campaign.reminder.ReminderService;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
import ru.smolensk.registry.web.rest.problem.Requests;
import ru.smolensk.registry.web.reminders.ReminderWorker;

/** The coordinator's reporting cycle: campaigns, their windows and extensions, completeness. */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME})
@Tag(name = "Сбор планов и отчетов", description = "Сроки приема, продления и полнота сбора")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderWorker worker;

    /** The window of a campaign. */
    public record WindowRequest(LocalDate opensOn, LocalDate closesOn) {
    }

    /** An extension for one organisation. */
    public record ExtensionRequest(String organization, LocalDate until, String reason) {
    }

    @GET
    @Operation(summary = "Кампании сбора", description = "Новые периоды первыми, со сроками и продлениями")
    @APIResponse(responseCode = "200", description = "Кампании")
    public List<CampaignView> all() {
        return campaigns.all().stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("notices")
    @Operation(summary = "Напоминания", description = "Оператору — сроки сдачи его документов, истекающие в"
            + " ближайшие 7 дней, и просроченные; координатору — закрытые сборы, по которым сдали не все")
    @APIResponse(responseCode = "200", description = "Напоминания")
    public List<Notice> notices() {
        return campaigns.notices();
    }

    /** A reminder sent by e-mail. */
    public record SentReminderView(String organization, String kind, String level, String period, String type,
            java.time.LocalDate deadline, String recipient, java.time.OffsetDateTime sentAt) {
    }

    /** The outcome of a run of the reminders job. */
    public record ReminderRun(boolean enabled, int sent) {
    }

    @GET
    @Path("reminders")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Отправленные напоминания", description = "Последние 200 писем о сроках сдачи: кому, о"
            + " каком сборе, тип (DUE_SOON — срок близко, OVERDUE — просрочено), срок, когда")
    @APIResponse(responseCode = "200", description = "Напоминания, новые первыми")
    public List<SentReminderView> sentReminders() {
        return reminders.latest(200).stream().map(r -> new SentReminderView(r.organization().code(),
                r.campaign().kind().name(), r.campaign().level().name(), r.campaign().period().code(),
                r.type().name(), r.deadline(), r.recipient(), r.sentAt())).toList();
    }

    @POST
    @Path("reminders/run")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Разослать напоминания сейчас", description = "Отправляет письма, которые задание рассылки"
            + " отправило бы при следующем запуске (каждое — один раз). Если рассылка выключена"
            + " (reminders.mail.enabled), ничего не отправляет.")
    @APIResponse(responseCode = "200", description = "Включена ли рассылка и сколько писем отправлено")
    public ReminderRun runReminders() {
        return new ReminderRun(worker.isEnabled(), worker.run());
    }

    @PUT
    @Path("{kind}/{level}/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Объявить сбор или изменить сроки", description = "Только координатор. После даты"
            + " окончания операторы не могут изменять и отправлять документ без продления.")
    @APIResponse(responseCode = "200", description = "Кампания")
    @APIResponse(responseCode = "403", description = "Только координатор и администратор")
    @APIResponse(responseCode = "409", description = "Окончание раньше начала или период не того вида")
    public CampaignView schedule(@PathParam("kind") String kind, @PathParam("level") String level,
            @PathParam("period") String period, WindowRequest window) {
        if (window == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются opensOn и closesOn");
        }
        return CampaignView.of(campaigns.schedule(Requests.enumOf("kind", kind, DocumentKind.class), level(level),
                Requests.period("period", period),
                window.opensOn(), window.closesOn()));
    }

    @POST
    @Path("{kind}/{level}/{period}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Продлить срок для организации", description = "Только координатор; причина обязательна")
    @APIResponse(responseCode = "200", description = "Кампания с продлением")
    @APIResponse(responseCode = "404", description = "Сбор не объявлен или нет такой организации")
    @APIResponse(responseCode = "409", description = "Нет причины или продление не позже срока")
    public CampaignView extend(@PathParam("kind") String kind, @PathParam("level") String level,
            @PathParam("period") String period, ExtensionRequest request) {
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются organization, until и reason");
        }
        return CampaignView.of(campaigns.extend(Requests.enumOf("kind", kind, DocumentKind.class), level(level),
                Requests.period("period", period),
                request.organization(), request.until(), request.reason()));
    }

    @GET
    @Path("{kind}/{level}/{period}/completeness")
    @Operation(summary = "Полнота сбора", description = "По каждой ожидаемой организации: статус (NONE — документа"
            + " нет), время отправки, срок, вовремя или с опозданием; итоги. Для напоминаний — organizations с"
            + " missing=true.")
    @APIResponse(responseCode = "200", description = "Полнота сбора")
    @APIResponse(responseCode = "403", description = "Только координатор и администратор")
    @APIResponse(responseCode = "404", description = "Сбор не объявлен")
    public Completeness completeness(@PathParam("kind") String kind, @PathParam("level") String level,
            @PathParam("period") String period) {
        return campaigns.completeness(Requests.enumOf("kind", kind, DocumentKind.class), level(level),
                Requests.period("period", period));
    }

    private static Level level(String value) {
        return Requests.level(value);
    }
}
