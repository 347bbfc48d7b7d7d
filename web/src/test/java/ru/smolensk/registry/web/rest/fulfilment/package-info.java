/** In-process tests of the plan fulfilment API. */
package ru.smolensk.registry.web.rest.fulfilment;
