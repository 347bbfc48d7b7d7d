/**
 * In-process tests of the workflow API: the resource and the real application service on
 * in-memory repositories, served by Jersey's in-memory container.
 */
package ru.smolensk.registry.web.rest.submission;
