/**
 * Reliable sending of approved records to partner systems: a transactional outbox written when the coordinator
 * approves, a worker that sends with retries and backoff under the same message id, a dead-letter list that an
 * administrator can send again.
 */
package ru.smolensk.registry.domain.application.exchange.outbound;
