package ru.smolensk.registry.integration.exchange.signature;

import java.security.Provider;

import org.apache.xml.security.algorithms.implementations.SignatureBaseRSA;
import org.apache.xml.security.signature.XMLSignatureException;

/**
 * GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit) for Santuario. Santuario's RSA base only hands the bytes to the
 * JCA signature named for the URI and keeps its value as is, which is what the GOST XML signature profile wants (the
 * JCA provider's signature value, no DER conversion as for ECDSA).
 */
public final class GostR34102012Signature extends SignatureBaseRSA {

    public GostR34102012Signature() throws XMLSignatureException {
        super();
    }

    public GostR34102012Signature(Provider provider) throws XMLSignatureException {
        super(provider);
    }

    @Override
    public String engineGetURI() {
        return SignatureAlgorithms.GOST_2012_256;
    }
}
