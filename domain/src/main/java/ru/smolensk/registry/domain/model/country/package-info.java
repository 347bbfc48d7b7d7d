/** Countries (ISO 3166-1 with Russian names and aliases) and partially recognised states. */
package ru.smolensk.registry.domain.model.country;
