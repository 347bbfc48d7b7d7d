package ru.smolensk.registry.web.rest.exchange;

import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.exchange.PartnerCertificateService;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.integration.exchange.signature.Certificates;
import ru.smolensk.registry.web.exchange.signature.CertificateFacts;
import ru.smolensk.registry.web.exchange.signature.RegistrySignature;
import ru.smolensk.registry.web.rest.problem.Requests;

/** The certificates partner systems sign with (administrators bind and revoke them) and the registry's own. */
@Path("exchange/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Tag(name = "Обмен", description = "Журнал обмена с системами-партнерами и очередь отправки")
public class PartnerCertificateResource {

    @Inject
    PartnerCertificateService certificates;

    @Inject
    RegistrySignature signature;

    /** The reason of a revocation. */
    public record RevokeRequest(String reason) {
    }

    @GET
    @Operation(summary = "Сертификаты подписи", description = "Сертификат реестра (PEM, для систем-партнеров) и"
            + " сертификаты систем-партнеров: срок действия, состояние (VALID, NOT_YET_VALID, EXPIRED, REVOKED)")
    @APIResponse(responseCode = "200", description = "Сертификаты")
    public ExchangeViews.CertificatesView list(
            @Parameter(description = "Учетная запись системы-партнера") @QueryParam("partner") String partner) {
        X509Certificate own = signature.certificate();
        ExchangeViews.RegistryCertificateView registry = own == null
                ? null
                : new ExchangeViews.RegistryCertificateView(own.getSubjectX500Principal().getName(),
                        Certificates.fingerprint(own), signature.signer().key().signatureMethod(),
                        OffsetDateTime.ofInstant(own.getNotAfter().toInstant(), ZoneOffset.UTC),
                        Certificates.pem(own));
        return new ExchangeViews.CertificatesView(registry, certificates.list(Requests.text(partner)).stream()
                .map(ExchangeViews.CertificateView::of).toList());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Привязать сертификат", description = "Только администратор: сертификат X.509 (PEM или DER; application/x-pem-file, application/pkix-cert)"
            + " становится сертификатом подписи учетной записи системы-партнера; срок действия берется из"
            + " сертификата")
    @APIResponse(responseCode = "201", description = "Сертификат привязан", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeViews.CertificateView.class)))
    @APIResponse(responseCode = "409", description = "Сертификат уже привязан")
    @APIResponse(responseCode = "422", description = "Не сертификат X.509 или не указана учетная запись")
    public Response upload(
            @Parameter(description = "Учетная запись системы-партнера", required = true) @QueryParam("partner") String partner,
            byte[] certificate) {
        X509Certificate parsed;
        try {
            parsed = Certificates.parse(certificate == null ? new byte[0] : certificate);
        } catch (IllegalArgumentException e) {
            throw new DomainException("validation", "Тело запроса не является сертификатом X.509 (PEM или DER)");
        }
        return Response.status(Response.Status.CREATED)
                .entity(ExchangeViews.CertificateView.of(certificates.upload(partner, CertificateFacts.of(parsed))))
                .build();
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Отозвать сертификат", description = "Только администратор: сообщения, подписанные этим"
            + " сертификатом, с этого момента отклоняются (EXPIRED_CERTIFICATE); нужна причина {\"reason\"}")
    @APIResponse(responseCode = "200", description = "Сертификат отозван")
    @APIResponse(responseCode = "404", description = "Нет такого сертификата")
    @APIResponse(responseCode = "422", description = "Не указана причина")
    public ExchangeViews.CertificateView revoke(@PathParam("id") long id, RevokeRequest body) {
        return ExchangeViews.CertificateView.of(certificates.revoke(id, body == null ? null : body.reason()));
    }
}
