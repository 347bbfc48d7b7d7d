/**
 * The registry's side of the signed exchange (docs/exchange-signatures.md): its signing key and algorithms from
 * configuration (a demo key made at first start in demo mode), the verifier of incoming signatures, and the check of
 * a signer's certificate against the partner certificates.
 */
package ru.smolensk.registry.web.exchange.signature;
