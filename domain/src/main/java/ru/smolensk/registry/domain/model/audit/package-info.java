/** The audit log: every change with who, when, what, before and after. */
package ru.smolensk.registry.domain.model.audit;
