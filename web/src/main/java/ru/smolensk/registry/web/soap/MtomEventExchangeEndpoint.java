package ru.smolensk.registry.web.soap;

import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.soap.MTOM;

import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * The same exchange at {@code /soap/EventExchangeMtom} with MTOM packaging: {@code GetDocument} answers carry the
 * document as a binary attachment instead of inline base64. A separate address, because MTOM packages every
 * answer as multipart, which plain SOAP clients of the main endpoint do not expect. It publishes the same contract
 * (the same WSDL file, whose service names both ports).
 */
@MTOM
@HandlerChain(file = "exchange-handlers.xml")
@WebService(serviceName = ExchangeContract.SERVICE_NAME, portName = ExchangeContract.MTOM_PORT_NAME, targetNamespace = ExchangeContract.NAMESPACE, wsdlLocation = "WEB-INF/wsdl/EventExchange-1.0.wsdl", endpointInterface = "ru.smolensk.registry.integration.exchange.EventExchangePort")
public class MtomEventExchangeEndpoint extends EventExchangeEndpoint {
}
