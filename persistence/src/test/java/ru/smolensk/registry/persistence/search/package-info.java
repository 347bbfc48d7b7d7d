/** Tests of the Russian text analysis and highlighting. */
package ru.smolensk.registry.persistence.search;
