/** The form that adds or changes one entry of a plan or report. */
package ru.smolensk.registry.web.ui.entry;
