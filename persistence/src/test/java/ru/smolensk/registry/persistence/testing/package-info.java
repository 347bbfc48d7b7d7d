/** Test support: migrated test databases on H2 or PostgreSQL. */
package ru.smolensk.registry.persistence.testing;
