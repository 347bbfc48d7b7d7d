/**
 * The in-memory stores and callers of plain tests, in one place: the domain's tests and (through the domain's test
 * jar) the web module's build the real services with them.
 */
package ru.smolensk.registry.domain.testing;
