/** Errors of the REST API as RFC 9457 problem details with Russian messages. */
package ru.smolensk.registry.web.rest.problem;
