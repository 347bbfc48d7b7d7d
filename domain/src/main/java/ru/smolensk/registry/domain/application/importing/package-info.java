/**
 * The import use case: an official plan or report read from a file is matched to organisations and
 * spheres, normalized and written into the submissions it belongs to, in one transaction.
 */
package ru.smolensk.registry.domain.application.importing;
