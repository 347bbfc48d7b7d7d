/** Tests of the background sending of the outbox. */
package ru.smolensk.registry.web.exchange;
