/** Reporting periods (half-years for plans, quarters for reports) and their calendar arithmetic. */
package ru.smolensk.registry.domain.model.period;
