/** Unit tests of the events list helpers. */
package ru.smolensk.registry.web.ui.events;
