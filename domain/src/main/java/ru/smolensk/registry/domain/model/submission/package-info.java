/** Plans and reports of an organisation for a period and their approval workflow. */
package ru.smolensk.registry.domain.model.submission;
