package ru.smolensk.registry.integration.exchange;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.Holder;

/**
 * The port type of {@code EventExchange-1.0.wsdl}. On the wire it is document/literal wrapped: the body
 * element is named after the operation; the wrapper elements are mapped as whole beans. The
 * {@code ExchangeHeader} comes in with every request and goes back in the response.
 */
@WebService(name = ExchangeContract.PORT_TYPE_NAME, targetNamespace = ExchangeContract.NAMESPACE)
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface EventExchangePort {

    /** Receives a batch of event records; answers with one result per record. */
    @WebMethod(operationName = "SubmitEvents", action = ExchangeContract.NAMESPACE + ":SubmitEvents")
    @WebResult(name = "SubmitEventsResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    SubmitEventsResponse submitEvents(
            @WebParam(name = "SubmitEvents", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") SubmitEvents request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;

    /** Approved events matching the filters, one page. */
    @WebMethod(operationName = "GetEvents", action = ExchangeContract.NAMESPACE + ":GetEvents")
    @WebResult(name = "GetEventsResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    GetEventsResponse getEvents(
            @WebParam(name = "GetEvents", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") GetEvents request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;

    /** What the registry knows about an earlier message of the caller. */
    @WebMethod(operationName = "GetMessageStatus", action = ExchangeContract.NAMESPACE + ":GetMessageStatus")
    @WebResult(name = "GetMessageStatusResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    GetMessageStatusResponse getMessageStatus(
            @WebParam(name = "GetMessageStatus", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") GetMessageStatus request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;

    /** Events of plans and reports approved after the cursor, for incremental synchronisation. */
    @WebMethod(operationName = "GetChanges", action = ExchangeContract.NAMESPACE + ":GetChanges")
    @WebResult(name = "GetChangesResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    GetChangesResponse getChanges(
            @WebParam(name = "GetChanges", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") GetChanges request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;

    /** The consolidated official document of approved records, as an MTOM attachment. */
    @WebMethod(operationName = "GetDocument", action = ExchangeContract.NAMESPACE + ":GetDocument")
    @WebResult(name = "GetDocumentResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    GetDocumentResponse getDocument(
            @WebParam(name = "GetDocument", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") GetDocument request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;

    /** Checks the connection and the credentials; changes nothing. */
    @WebMethod(operationName = "Ping", action = ExchangeContract.NAMESPACE + ":Ping")
    @WebResult(name = "PingResponse", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters")
    PingResponse ping(
            @WebParam(name = "Ping", targetNamespace = ExchangeContract.NAMESPACE, partName = "parameters") Ping request,
            @WebParam(name = "ExchangeHeader", targetNamespace = ExchangeContract.NAMESPACE, header = true, mode = WebParam.Mode.INOUT, partName = "header") Holder<ExchangeHeader> header)
            throws ExchangeFaultException;
}
