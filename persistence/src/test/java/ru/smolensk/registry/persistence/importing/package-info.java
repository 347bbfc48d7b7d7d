/** Tests of the import's matching against the real reference data of a migrated database. */
package ru.smolensk.registry.persistence.importing;
