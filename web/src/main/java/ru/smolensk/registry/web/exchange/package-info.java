/** Outbound exchange on the server: partner settings from the configuration, the SOAP gateway, the worker. */
package ru.smolensk.registry.web.exchange;
