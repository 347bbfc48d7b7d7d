/** The dashboard's reporting campaigns: an operator's deadlines (with extensions and overdue ones), the coordinator's completeness. */
package ru.smolensk.registry.web.ui.campaign;
