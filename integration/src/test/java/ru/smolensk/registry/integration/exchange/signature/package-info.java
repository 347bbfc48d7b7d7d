/** Tests of the message signatures: round trips per algorithm, refusals, and interoperation with WSS4J. */
package ru.smolensk.registry.integration.exchange.signature;
