/**
 * Full-text search in Russian with word forms: the words of a text and a query as PostgreSQL's {@code russian}
 * configuration reads them (its parser's words, the Snowball Russian and English stemmers, its stop words), so
 * that H2 finds in Java what PostgreSQL finds with its stored {@code tsvector}, and the matched words can be marked.
 */
package ru.smolensk.registry.persistence.search;
