/** Tests of plan fulfilment without a database. */
package ru.smolensk.registry.domain.application.fulfilment;
