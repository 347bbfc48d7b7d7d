/** The start screen (own plans and reports, or counts by status) and the plans and reports screen. */
package ru.smolensk.registry.web.ui.submissions;
