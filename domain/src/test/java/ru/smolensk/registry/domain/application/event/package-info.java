/** Tests of the checks of entered events. */
package ru.smolensk.registry.domain.application.event;
