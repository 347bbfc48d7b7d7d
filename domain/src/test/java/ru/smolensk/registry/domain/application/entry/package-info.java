/** Tests of the one owner of entry writes. */
package ru.smolensk.registry.domain.application.entry;
