/**
 * The server's deployment settings as the administrator gave them (mode, database, ports), checked at start: one log
 * line says what the server runs on, production on the embedded database is refused unless asked for, and readiness is
 * down while the HTTP port is not served by this server.
 */
package ru.smolensk.registry.web.deployment;
