/**
 * Event series: recurring events (annual festivals, contests with edition numbers) grouped across years by the key
 * of their names, proposed automatically and edited by the coordinator (rename, merge, split, move an entry).
 */
package ru.smolensk.registry.domain.application.series;
