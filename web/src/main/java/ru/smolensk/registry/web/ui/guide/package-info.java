/** The user guide («Справка»): the Markdown of {@code docs/guide} shown as a page of the application. */
package ru.smolensk.registry.web.ui.guide;
