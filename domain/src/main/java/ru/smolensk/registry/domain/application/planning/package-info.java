/**
 * Plan versus fact: which plan entry a report entry fulfils, with proposals by name similarity (ignoring edition
 * numerals, years and quotes) and date overlap; the operator confirms.
 */
package ru.smolensk.registry.domain.application.planning;
