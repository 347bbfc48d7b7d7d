/**
 * Reading official plan and report tables from Word (.docx) and Excel (.xlsx) files into the neutral
 * {@link ru.smolensk.registry.integration.office.OfficialDocument} model.
 *
 * <p>The entry point is {@link ru.smolensk.registry.integration.office.read.OfficialDocumentReader}. It recognises
 * the file type by content, guards against oversized, encrypted, corrupted and zip-bomb input, parses the title
 * (kind, level, period), identifies the columns by their header text and splits the table into sections. Problems
 * that do not prevent reading are reported as {@link ru.smolensk.registry.integration.office.read.ReadIssue}s;
 * anything else is a {@link ru.smolensk.registry.integration.office.read.DocumentReadException}.
 */
package ru.smolensk.registry.integration.office.read;
