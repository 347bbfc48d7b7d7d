/**
 * The official Word/Excel plan and report tables: a neutral model of their content, shared by the
 * reader (import) and the writer (consolidated documents).
 */
package ru.smolensk.registry.integration.office;
