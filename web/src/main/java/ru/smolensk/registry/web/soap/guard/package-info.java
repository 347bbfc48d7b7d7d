/**
 * What every SOAP request passes before the endpoint: a size limit, a hardened XML parse (no DTDs, no external
 * entities), strict validation against the contract's schema, typed faults for refusals, and the journal entry of
 * every received message the use cases do not journal themselves.
 */
package ru.smolensk.registry.web.soap.guard;
