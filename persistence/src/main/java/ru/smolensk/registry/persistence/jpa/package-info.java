/** JPA (EclipseLink) implementations of the domain's repository interfaces. */
package ru.smolensk.registry.persistence.jpa;
