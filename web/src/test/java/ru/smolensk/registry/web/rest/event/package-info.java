/** Tests of the event resources' JSON. */
package ru.smolensk.registry.web.rest.event;
