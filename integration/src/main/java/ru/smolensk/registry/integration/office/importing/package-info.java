/** Adapts the official document reader to the import use case of the domain. */
package ru.smolensk.registry.integration.office.importing;
