package ru.smolensk.registry.web.soap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.activation.DataHandler;

import ru.smolensk.registry.domain.application.document.ConsolidatedDocument;
import ru.smolensk.registry.integration.exchange.GetChanges;
import ru.smolensk.registry.integration.exchange.GetChangesResponse;
import ru.smolensk.registry.integration.exchange.GetDocument;
import ru.smolensk.registry.integration.exchange.GetDocumentResponse;
import ru.smolensk.registry.integration.exchange.Ping;
import ru.smolensk.registry.integration.exchange.PingResponse;
import ru.smolensk.registry.integration.office.consolidated.ConsolidatedDocuments;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

import ru.smolensk.registry.domain.application.exchange.ExchangeException;
import ru.smolensk.registry.domain.application.exchange.ExchangeService;
import ru.smolensk.registry.integration.exchange.EventExchangePort;
import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.ExchangeFaultException;
import ru.smolensk.registry.integration.exchange.ExchangeHeader;
import ru.smolensk.registry.integration.exchange.ExchangeMessages;
import ru.smolensk.registry.integration.exchange.GetEvents;
import ru.smolensk.registry.integration.exchange.GetEventsResponse;
import ru.smolensk.registry.integration.exchange.GetMessageStatus;
import ru.smolensk.registry.integration.exchange.GetMessageStatusResponse;
import ru.smolensk.registry.integration.exchange.SubmitEvents;
import ru.smolensk.registry.integration.exchange.SubmitEventsResponse;
import ru.smolensk.registry.web.soap.guard.AnswerHeader;
import ru.smolensk.registry.web.soap.guard.ExchangeGuardFilter;
import ru.smolensk.registry.web.soap.guard.ReceivedBody;
import ru.smolensk.registry.domain.application.exchange.Receipt;

/**
 * The exchange endpoint for partner systems (role EXCHANGE, enforced by the guard and again by the use cases). Each
 * answer carries its own header ({@link AnswerHeader}: a new message id, the request's id as reference, Sender and
 * Recipient swapped); faults get it from {@link ExchangeFaultHandler}. The WSDL published is the contract as written,
 * {@code WEB-INF/wsdl/EventExchange-1.0.wsdl} (copied there from the integration module: Liberty does not resolve a
 * {@code wsdlLocation} inside a library jar of the WAR), at this address and the MTOM one alike.
 */
@HandlerChain(file = "exchange-handlers.xml")
@WebService(serviceName = ExchangeContract.SERVICE_NAME, portName = ExchangeContract.PORT_NAME, targetNamespace = ExchangeContract.NAMESPACE, wsdlLocation = "WEB-INF/wsdl/EventExchange-1.0.wsdl", endpointInterface = "ru.smolensk.registry.integration.exchange.EventExchangePort")
public class EventExchangeEndpoint implements EventExchangePort {

    @Inject
    ExchangeService exchange;

    @Resource
    WebServiceContext context;

    @Override
    public SubmitEventsResponse submitEvents(SubmitEvents request, Holder<ExchangeHeader> header)
            throws ExchangeFaultException {
        try {
            HttpServletRequest http = servletRequest();
            Receipt receipt = exchange().submitEvents(ExchangeMessages.header(header.value),
                    ExchangeMessages.records(request), http == null ? -1 : http.getContentLengthLong(),
                    http == null ? null : ReceivedBody.of(http), http == null ? null : ReceivedBody.digestOf(http));
            if (receipt.replayed() && http != null) {
                http.setAttribute(ExchangeGuardFilter.REPLAYED, Boolean.TRUE);
            }
            answer(header);
            return ExchangeMessages.receipt(receipt);
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        }
    }

    @Override
    public GetEventsResponse getEvents(GetEvents request, Holder<ExchangeHeader> header)
            throws ExchangeFaultException {
        try {
            GetEventsResponse response = ExchangeMessages.events(exchange().approvedEvents(
                    ExchangeMessages.header(header.value), ExchangeMessages.filter(request)));
            answer(header);
            return response;
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        }
    }

    @Override
    public GetMessageStatusResponse getMessageStatus(GetMessageStatus request, Holder<ExchangeHeader> header)
            throws ExchangeFaultException {
        try {
            GetMessageStatusResponse response = ExchangeMessages.status(exchange().messageStatus(
                    ExchangeMessages.header(header.value), request == null ? null : request.messageId));
            answer(header);
            return response;
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        }
    }

    @Override
    public GetChangesResponse getChanges(GetChanges request, Holder<ExchangeHeader> header)
            throws ExchangeFaultException {
        try {
            GetChangesResponse response = ExchangeMessages.changes(exchange().changes(
                    ExchangeMessages.header(header.value), request == null ? null : request.cursor,
                    request == null ? null : request.maxSubmissions));
            answer(header);
            return response;
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        }
    }

    @Override
    public GetDocumentResponse getDocument(GetDocument request, Holder<ExchangeHeader> header)
            throws ExchangeFaultException {
        try {
            ConsolidatedDocument document = exchange().approvedDocument(ExchangeMessages.header(header.value),
                    request == null ? null : request.kind, request == null ? null : request.level,
                    request == null ? null : request.period);
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            new ConsolidatedDocuments().writeDocx(document, docx);
            GetDocumentResponse response = new GetDocumentResponse();
            response.fileName = document.kind().name().toLowerCase(Locale.ROOT) + "-"
                    + document.level().name().toLowerCase(Locale.ROOT) + "-" + document.period().code() + ".docx";
            response.content = new DataHandler(new BytesDataSource(docx.toByteArray(), GetDocumentResponse.DOCX,
                    response.fileName));
            answer(header);
            return response;
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PingResponse ping(Ping request, Holder<ExchangeHeader> header) throws ExchangeFaultException {
        try {
            exchange().ping(ExchangeMessages.header(header.value));
            PingResponse response = new PingResponse();
            response.serverTime = OffsetDateTime.now().toString();
            answer(header);
            return response;
        } catch (ExchangeException e) {
            throw ExchangeFaultException.of(e);
        }
    }

    /** Replaces the request's header by the answer's own (made by the guard for this request). */
    private void answer(Holder<ExchangeHeader> header) {
        AnswerHeader answer = AnswerHeader.of(servletRequest());
        if (answer != null) {
            header.value = answer.toBean();
        }
    }

    /** The use cases: injected by the container, looked up when the container injected nothing. */
    private ExchangeService exchange() {
        if (exchange == null) {
            exchange = CDI.current().select(ExchangeService.class).get();
        }
        return exchange;
    }

    /** The HTTP request of the message (its size, the body the guard read), or null outside a container. */
    private HttpServletRequest servletRequest() {
        if (context == null) {
            return null;
        }
        Object request = context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http ? http : null;
    }
}
