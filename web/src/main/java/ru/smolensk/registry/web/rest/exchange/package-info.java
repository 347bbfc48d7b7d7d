/** The exchange journal and the outbox of messages to partner systems over HTTP. */
package ru.smolensk.registry.web.rest.exchange;
