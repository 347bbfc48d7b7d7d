/** Tests of the outcome rules of plan entries. */
package ru.smolensk.registry.domain.model.fulfilment;
