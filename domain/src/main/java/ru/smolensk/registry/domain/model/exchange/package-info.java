/**
 * The exchange journal: every message a partner system sent to the registry (or the registry sent out),
 * keyed by the partner's message id, with the digest of its content and the answer for idempotent replay.
 */
package ru.smolensk.registry.domain.model.exchange;
