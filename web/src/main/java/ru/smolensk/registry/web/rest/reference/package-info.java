/** REST resources of the reference data. */
package ru.smolensk.registry.web.rest.reference;
