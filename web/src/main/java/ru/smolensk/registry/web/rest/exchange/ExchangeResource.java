package ru.smolensk.registry.web.rest.exchange;

import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.exchange.outbound.OutboxService;
import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalFilter;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.integration.exchange.signature.Certificates;
import ru.smolensk.registry.web.exchange.ResendRace;
import ru.smolensk.registry.web.exchange.signature.RegistrySignature;
import ru.smolensk.registry.web.rest.problem.Requests;

/** The exchange journal and the outbox of messages to partner systems, for administrators and the coordinator. */
@Path("exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Обмен", description = "Журнал обмена с системами-партнерами и очередь отправки")
public class ExchangeResource {

    @Inject
    OutboxService outbox;

    @Inject
    RegistrySignature signature;

    @GET
    @Path("journal")
    @Operation(summary = "Журнал обмена", description = "Входящие и исходящие сообщения, новые первыми: идентификатор,"
            + " партнер, операция, время, размер, SHA-256, статус и код ошибки (без текстов сообщений)")
    @APIResponse(responseCode = "200", description = "Записи журнала")
    public List<ExchangeViews.JournalView> journal(
            @Parameter(description = "Код системы-партнера") @QueryParam("partner") String partner,
            @Parameter(description = "IN или OUT") @QueryParam("direction") String direction,
            @Parameter(description = "PROCESSED, PARTIALLY_REJECTED, REJECTED, DELIVERED, FAILED, REFUSED или REPLAYED") @QueryParam("status") String status,
            @Parameter(description = "Идентификатор сообщения (или сообщения, на которое оно ссылается)") @QueryParam("messageId") String messageId,
            @Parameter(description = "true — только тестовые сообщения, false — только рабочие") @QueryParam("test") Boolean test,
            @Parameter(description = "Сколько записей пропустить (страницы: offset = прежний offset + limit)") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "Наибольшее число записей, до 500") @QueryParam("limit") @DefaultValue("100") int limit) {
        return outbox
                .journal(new JournalFilter(Requests.text(partner),
                        Requests.enumOf("direction", direction, ExchangeDirection.class),
                        Requests.enumOf("status", status, ExchangeStatus.class), Requests.text(messageId), test, offset,
                        limit))
                .stream().map(ExchangeViews.JournalView::of).toList();
    }

    @GET
    @Path("journal/{id}")
    @Operation(summary = "Сообщение журнала", description = "Запись журнала с текстом сообщения (как получено или"
            + " отправлено) и ответа; тексты хранятся exchange.journal.body-retention-days дней")
    @APIResponse(responseCode = "200", description = "Запись журнала с текстами")
    @APIResponse(responseCode = "404", description = "Нет такой записи")
    public ExchangeViews.JournalEntryView journalEntry(@PathParam("id") long id) {
        return ExchangeViews.JournalEntryView.of(outbox.journalEntry(id));
    }

    @GET
    @Path("journal/{id}/evidence")
    @Operation(summary = "Доказательство подписи", description = "Подписанное сообщение в точности как получено (или"
            + " отправлено), подписанный ответ как отправлен, сертификат подписавшего (PEM) и итог проверки — для"
            + " проверки внешним средством (xmlsec1, WSS4J)")
    @APIResponse(responseCode = "200", description = "Сообщения и сертификаты")
    @APIResponse(responseCode = "404", description = "Нет такой записи")
    public ExchangeViews.EvidenceView evidence(@PathParam("id") long id) {
        X509Certificate registryCertificate = signature.certificate();
        return ExchangeViews.EvidenceView.of(outbox.journalEntry(id),
                registryCertificate == null ? null : Certificates.pem(registryCertificate));
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Очередь отправки", description = "Утвержденные записи для систем-партнеров: ожидают"
            + " (PENDING), доставлены (SENT), не доставлены после всех попыток (DEAD)")
    @APIResponse(responseCode = "200", description = "Сообщения очереди, новые первыми")
    public List<ExchangeViews.OutboundView> outbox(
            @Parameter(description = "PENDING, SENT или DEAD") @QueryParam("status") String status,
            @Parameter(description = "Код системы-партнера") @QueryParam("partner") String partner) {
        return outbox.messages(Requests.enumOf("status", status, OutboundStatus.class), Requests.text(partner)).stream()
                .map(ExchangeViews.OutboundView::of).toList();
    }

    @POST
    @Path("outbox/{id}/resend")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Отправить снова", description = "Только администратор: сообщение с тем же идентификатором"
            + " отправляется сразу, счетчик попыток сбрасывается")
    @APIResponse(responseCode = "200", description = "Сообщение снова в очереди")
    @APIResponse(responseCode = "404", description = "Нет такого сообщения")
    @APIResponse(responseCode = "409", description = "Сообщение уже доставлено")
    public ExchangeViews.OutboundView resend(@PathParam("id") long id) {
        return ExchangeViews.OutboundView.of(ResendRace.resendOnce(() -> outbox.resend(id)));
    }
}
