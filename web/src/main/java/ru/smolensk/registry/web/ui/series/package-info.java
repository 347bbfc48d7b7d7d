/** The event series screen: recurring events and the history of one across years. */
package ru.smolensk.registry.web.ui.series;
