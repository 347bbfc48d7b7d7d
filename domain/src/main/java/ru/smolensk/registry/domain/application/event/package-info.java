/** Use cases of event entries: search and read with organisation scoping. */
package ru.smolensk.registry.domain.application.event;
