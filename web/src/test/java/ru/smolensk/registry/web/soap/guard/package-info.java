/** Tests of the SOAP guard: reading, hardening and validating received envelopes. */
package ru.smolensk.registry.web.soap.guard;
