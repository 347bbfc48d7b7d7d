/** In-process tests of the audit log API. */
package ru.smolensk.registry.web.rest.audit;
