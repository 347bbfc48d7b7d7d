/** Tests of the grouping of event names into series. */
package ru.smolensk.registry.domain.application.series;
