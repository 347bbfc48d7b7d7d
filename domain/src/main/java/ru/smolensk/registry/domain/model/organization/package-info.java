/** Municipalities, regional executive bodies and their institutions, with dated historic names. */
package ru.smolensk.registry.domain.model.organization;
