/** Load benchmarks against a running server (run by hand, not part of the test suite). */
package ru.smolensk.registry.bench;
