/** Tests of the Flyway migrations: the schema and the reference data run on H2 and PostgreSQL. */
package ru.smolensk.registry.persistence.migration;
