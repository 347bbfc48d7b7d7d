/** The REST API of the audit log under {@code /api/audit}, for administrators and the coordinator. */
package ru.smolensk.registry.web.rest.audit;
