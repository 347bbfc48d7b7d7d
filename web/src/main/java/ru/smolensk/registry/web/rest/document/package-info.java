/** REST downloads of the official documents (Word) and exports (Excel). */
package ru.smolensk.registry.web.rest.document;
