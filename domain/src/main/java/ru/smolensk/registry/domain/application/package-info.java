/**
 * Application services: the use cases of the registry, their transactions and security rules
 * (roles, organisation scoping). The web, exchange and import adapters call only these.
 */
package ru.smolensk.registry.domain.application;
