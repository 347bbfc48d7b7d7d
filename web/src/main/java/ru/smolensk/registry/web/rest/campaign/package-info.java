/** Reporting campaigns over HTTP: windows, extensions and completeness. */
package ru.smolensk.registry.web.rest.campaign;
