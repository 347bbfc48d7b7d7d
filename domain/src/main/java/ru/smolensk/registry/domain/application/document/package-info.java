/** Use cases of the official documents: consolidated plans and reports, an organisation's own. */
package ru.smolensk.registry.domain.application.document;
