/** Administration of reference data: organisations and their dated names, sphere aliases, user bindings. */
package ru.smolensk.registry.domain.application.reference;
