/** The events list: filters, a lazily loaded page of events in the columns of the official form. */
package ru.smolensk.registry.web.ui.events;
