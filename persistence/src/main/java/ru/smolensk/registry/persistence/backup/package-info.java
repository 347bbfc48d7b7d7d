/** The embedded H2 database's own online backup ({@code BACKUP TO}) behind the domain's backup port. */
package ru.smolensk.registry.persistence.backup;
