/**
 * The exchange screen of administrators and the coordinator: the journal of messages received from and sent to
 * partner systems, with each message and its answer, and the outbox with resending of undelivered messages.
 */
package ru.smolensk.registry.web.ui.exchange;
