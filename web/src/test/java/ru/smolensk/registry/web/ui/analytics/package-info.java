/** Tests of the analytics screen's charts and tables. */
package ru.smolensk.registry.web.ui.analytics;
