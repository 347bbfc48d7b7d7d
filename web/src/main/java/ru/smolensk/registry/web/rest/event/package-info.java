/** REST resources of event entries. */
package ru.smolensk.registry.web.rest.event;
