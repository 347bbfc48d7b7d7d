/** Unit tests of the dashboard and submission screens helpers. */
package ru.smolensk.registry.web.ui.submissions;
