/**
 * Plan versus fact: the recorded outcome of a plan entry (held as planned, held with changes, not held) with what
 * changed or why it was not held.
 */
package ru.smolensk.registry.domain.model.fulfilment;
