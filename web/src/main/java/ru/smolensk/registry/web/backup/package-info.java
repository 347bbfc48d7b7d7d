/**
 * Backups of the embedded database on the server's managed scheduler: the settings from Liberty variables
 * ({@code backup.h2.*}) and the scheduled job. Off unless {@code backup.h2.interval-hours} is above zero.
 */
package ru.smolensk.registry.web.backup;
