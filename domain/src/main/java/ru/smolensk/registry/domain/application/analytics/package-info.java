/** Analytics: counts of events by country, organisation, sphere and month; the agreements registry. */
package ru.smolensk.registry.domain.application.analytics;
