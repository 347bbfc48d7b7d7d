/** Architecture rules of the domain module, checked with ArchUnit. */
package ru.smolensk.registry.domain.architecture;
