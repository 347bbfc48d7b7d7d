/** Telling an unreachable database from other failures. */
package ru.smolensk.registry.web.health;
