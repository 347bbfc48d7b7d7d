/**
 * The exchange with partner systems (federal and Union State systems): receiving batches of event
 * records keyed by the partner's record ids, answering repeated messages idempotently from the journal,
 * test messages that write nothing, approved events for partners and the status of earlier messages.
 */
package ru.smolensk.registry.domain.application.exchange;
