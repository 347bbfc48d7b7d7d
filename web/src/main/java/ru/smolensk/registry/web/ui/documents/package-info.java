/** The documents screen: links to the official documents of chosen periods (REST downloads). */
package ru.smolensk.registry.web.ui.documents;
