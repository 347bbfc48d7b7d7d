package ru.smolensk.registry.web.soap;

import jakarta.jws.WebService;
import jakarta.xml.ws.soap.MTOM;

import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * The same exchange at {@code /soap/EventExchangeMtom} with MTOM packaging: {@code GetDocument} answers carry the
 * document as a binary attachment instead of inline base64. A separate address, because MTOM packages every
 * answer as multipart, which plain SOAP clients of the main endpoint do not expect.
 */
@MTOM
@WebService(serviceName = ExchangeContract.SERVICE_NAME, portName = MtomEventExchangeEndpoint.PORT_NAME, targetNamespace = ExchangeContract.NAMESPACE, endpointInterface = "ru.smolensk.registry.integration.exchange.EventExchangePort")
public class MtomEventExchangeEndpoint extends EventExchangeEndpoint {

    /** The port of this endpoint in the WSDL it publishes. */
    public static final String PORT_NAME = "EventExchangeMtomPort";
}
