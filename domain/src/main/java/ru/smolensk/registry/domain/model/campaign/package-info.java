/** Reporting campaigns: the window in which organisations hand in a kind of document for a period, and extensions. */
package ru.smolensk.registry.domain.model.campaign;
