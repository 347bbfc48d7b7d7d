/**
 * The SOAP endpoint for partner systems at {@code /soap/EventExchange}, served by the container's XML web
 * services from the contract in the integration module; it only maps messages and faults.
 */
package ru.smolensk.registry.web.soap;
