/**
 * The SOAP contract of the exchange with partner systems ({@code wsdl/EventExchange-1.0.wsdl}): the service
 * endpoint interface, the JAXB messages written by hand to match the schema, the typed fault and the
 * mapping between the messages and the exchange use cases of the domain.
 */
@XmlSchema(namespace = ExchangeContract.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
