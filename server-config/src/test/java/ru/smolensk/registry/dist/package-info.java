/**
 * The packaged server ({@code mvn -Pdist verify}) tried as an administrator follows the README: unzipped, configured
 * with environment variables and a {@code configDropins/overrides} file only, started and stopped with Liberty's own
 * script.
 */
package ru.smolensk.registry.dist;
