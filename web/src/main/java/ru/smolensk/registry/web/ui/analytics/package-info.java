/** The analytics screen: events by country, organisation, sphere and month, plan fulfilment, as charts and tables. */
package ru.smolensk.registry.web.ui.analytics;
