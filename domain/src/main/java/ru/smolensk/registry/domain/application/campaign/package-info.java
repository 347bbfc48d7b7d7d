/** Reporting campaigns: windows, extensions, the lock after the deadline and completeness per organisation. */
package ru.smolensk.registry.domain.application.campaign;
