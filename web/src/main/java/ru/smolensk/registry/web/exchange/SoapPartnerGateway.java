package ru.smolensk.registry.web.exchange;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.application.exchange.outbound.PartnerGateway;
import ru.smolensk.registry.integration.exchange.SoapPartnerClient;

/** Sends to partners over SOAP at the addresses of the server configuration. */
@ApplicationScoped
public class SoapPartnerGateway implements PartnerGateway {

    @Inject
    ConfiguredOutbound settings;

    @Override
    public Delivery submit(String partner, String messageId, List<ExchangedEvent> events) {
        return new SoapPartnerClient(settings.sender()).submit(settings.endpoint(partner), messageId, events);
    }
}
