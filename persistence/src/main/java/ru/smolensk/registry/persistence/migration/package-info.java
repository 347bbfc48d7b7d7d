/** Flyway migrations of the schema and reference data, run at application start-up. */
package ru.smolensk.registry.persistence.migration;
