/** The JSON REST API (plain Jakarta REST), served by Liberty under {@code /api}. */
package ru.smolensk.registry.web.rest;
