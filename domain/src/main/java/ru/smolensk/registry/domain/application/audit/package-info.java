/** Reading the audit log: who changed what and when, for administrators and the coordinator. */
package ru.smolensk.registry.domain.application.audit;
