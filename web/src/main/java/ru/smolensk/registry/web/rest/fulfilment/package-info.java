/** Plan fulfilment over HTTP: the half-year's fulfilment in JSON and Excel, and the outcomes of plan entries. */
package ru.smolensk.registry.web.rest.fulfilment;
