/** Tests of the entry form's values. */
package ru.smolensk.registry.web.ui.entry;
