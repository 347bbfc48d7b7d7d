/** Statistics of events and the agreements registry over HTTP. */
package ru.smolensk.registry.web.rest.analytics;
