/**
 * The approval workflow of plans and reports: listing and reading them within the caller's
 * organisation, creating drafts, submitting, approving and returning them with optimistic
 * concurrency, every change written to the audit log.
 */
package ru.smolensk.registry.domain.application.submission;
