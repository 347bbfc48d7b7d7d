/**
 * Message-level signatures of the exchange (docs/exchange-signatures.md): a WS-Security header
 * ({@code wsse:Security} with a {@code wsu:Timestamp}, the signer's X.509 certificate as a
 * {@code wsse:BinarySecurityToken} and a {@code ds:Signature} over the body, the {@code ExchangeHeader} and the
 * timestamp), made and verified with Apache Santuario; the algorithms are configuration (RSA-SHA256 and ECDSA-SHA256
 * built in, GOST R 34.10-2012 through a JCA provider such as Bouncy Castle).
 */
package ru.smolensk.registry.integration.exchange.signature;
