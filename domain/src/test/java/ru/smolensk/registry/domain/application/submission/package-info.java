/** Tests of the plans' and reports' use cases. */
package ru.smolensk.registry.domain.application.submission;
