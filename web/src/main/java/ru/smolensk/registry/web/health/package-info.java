/** MicroProfile Health checks: {@code /health/ready} checks the database. */
package ru.smolensk.registry.web.health;
