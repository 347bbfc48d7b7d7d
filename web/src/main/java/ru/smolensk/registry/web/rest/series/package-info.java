/** Event series over HTTP: the list, the history of an event across years, proposals and the coordinator's edits. */
package ru.smolensk.registry.web.rest.series;
