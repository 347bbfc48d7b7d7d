package ru.smolensk.registry.web.exchange;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.application.exchange.outbound.PartnerGateway;
import ru.smolensk.registry.domain.application.exchange.ContentDigest;
import ru.smolensk.registry.integration.exchange.SoapPartnerClient;
import ru.smolensk.registry.web.exchange.signature.RegistrySignature;

/**
 * Sends to partners over SOAP at the addresses of the server configuration, with one client (bound contract
 * classes, parsed WSDL) for all messages; a new one only when the configured sender code changes.
 */
@ApplicationScoped
public class SoapPartnerGateway implements PartnerGateway {

    @Inject
    ConfiguredOutbound settings;

    @Inject
    RegistrySignature signature;

    private SoapPartnerClient client;

    @Override
    public Delivery submit(String partner, String messageId, List<ExchangedEvent> events) {
        if (signature.signer() == null) {
            return Delivery.failed(signature.problem() + "; сообщение не отправлено", null, 0,
                    ContentDigest.sha256(new byte[0]));
        }
        return client().submit(settings.endpoint(partner), messageId, events);
    }

    private synchronized SoapPartnerClient client() {
        String sender = settings.sender();
        if (client == null || !client.sender().equals(sender)) {
            client = new SoapPartnerClient(sender, signature.signer());
        }
        return client;
    }
}
