/**
 * Event entries: the rows of plans and reports, their verbatim official columns and the values
 * normalized from them (dates, places, countries, format, counts, agreements, series).
 */
package ru.smolensk.registry.domain.model.event;
