/**
 * Backups of the embedded database taken by the running server: on an administrator's request or on a schedule,
 * into one folder with timestamped names, the oldest beyond the retention removed, each one audited.
 */
package ru.smolensk.registry.domain.application.backup;
