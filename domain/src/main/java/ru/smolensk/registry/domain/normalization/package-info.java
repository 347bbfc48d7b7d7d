/**
 * Pure-Java normalizers for the free-text cells of the plan and report tables: text hygiene and
 * matching keys, date expressions, participant counts, event format and role, signed agreements,
 * countries and places. Every normalizer is stateless, thread-safe, never throws on odd input and
 * never changes the verbatim text it reads; people-facing warnings are in Russian.
 */
package ru.smolensk.registry.domain.normalization;
