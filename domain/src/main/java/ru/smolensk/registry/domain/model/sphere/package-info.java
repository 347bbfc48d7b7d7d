/** Spheres of cooperation: the sections of the regional plans and reports. */
package ru.smolensk.registry.domain.model.sphere;
