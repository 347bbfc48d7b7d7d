/**
 * Plan fulfilment per organisation and half-year: planned, held, held with changes, not held (with reasons),
 * unplanned events held, with the lists; and the recording of outcomes by operators and the coordinator.
 */
package ru.smolensk.registry.domain.application.fulfilment;
