/** Building blocks shared by all aggregates of the domain model. */
package ru.smolensk.registry.domain.model.shared;
