/**
 * The scale data set: a generator filling PostgreSQL with a million realistic entries for the scale benchmarks,
 * and the benchmark that measures the main queries on it.
 */
package ru.smolensk.registry.persistence.scale;
