package ru.smolensk.registry.integration.exchange.signature;

import java.security.Key;
import java.security.Provider;
import java.security.Security;
import java.util.Locale;
import java.util.Set;

import org.apache.xml.security.algorithms.JCEMapper;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.apache.xml.security.exceptions.AlgorithmAlreadyRegisteredException;
import org.apache.xml.security.signature.XMLSignatureException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The signature and digest algorithms by their XML Signature URIs: RSA-SHA256 and ECDSA-SHA256 (Santuario's own),
 * GOST R 34.10-2012 / 34.11-2012 (256 bit) registered here under the URIs SMEV 3 uses, computed by whichever JCA
 * provider offers them (Bouncy Castle, or a certified provider installed by the operator).
 */
public final class SignatureAlgorithms {

    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public static final String GOST_2012_256 = "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256";
    public static final String GOSTR3411_2012_256 = "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256";
    /** The JCA names of GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit) and of the digest, as Bouncy Castle has them. */
    static final String GOST_JCA = "GOST3411-2012-256WITHECGOST3410-2012-256";
    static final String GOST_DIGEST_JCA = "GOST3411-2012-256";
    /** The signature methods accepted unless configured otherwise. */
    public static final Set<String> DEFAULT_ACCEPTED = Set.of(RSA_SHA256, ECDSA_SHA256,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", GOST_2012_256);

    private static boolean initialized;

    private SignatureAlgorithms() {
    }

    /**
     * Initialises Santuario once, registers the GOST URIs and, when a provider is named, makes it the one Santuario
     * asks for every algorithm ({@code BC} is installed from the bundled Bouncy Castle when absent).
     *
     * @param provider a JCA provider name, or null/blank for the JDK's providers in their order
     */
    public static synchronized void initialize(String provider) {
        if (!initialized) {
            org.apache.xml.security.Init.init();
            JCEMapper.register(GOST_2012_256, new JCEMapper.Algorithm("", GOST_JCA, "Signature"));
            JCEMapper.register(GOSTR3411_2012_256, new JCEMapper.Algorithm("", GOST_DIGEST_JCA, "MessageDigest"));
            try {
                SignatureAlgorithm.register(GOST_2012_256, GostR34102012Signature.class);
            } catch (AlgorithmAlreadyRegisteredException e) {
                // registered by an earlier class loader of the same library
            } catch (ClassNotFoundException | XMLSignatureException e) {
                throw new IllegalStateException("GOST R 34.10-2012 cannot be registered", e);
            }
            initialized = true;
        }
        if (provider != null && !provider.isBlank()) {
            String name = provider.strip();
            if (BouncyCastleProvider.PROVIDER_NAME.equals(name)) {
                bouncyCastle();
            } else if (Security.getProvider(name) == null) {
                throw new IllegalStateException("The security provider " + name + " is not installed in the JVM");
            }
            JCEMapper.setProviderId(name);
        }
    }

    /** Bouncy Castle's provider, installed after the JDK's ones (so it only adds algorithms they lack). */
    public static synchronized Provider bouncyCastle() {
        Provider installed = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (installed != null) {
            return installed;
        }
        Provider bc = new BouncyCastleProvider();
        Security.addProvider(bc);
        return bc;
    }

    /** The signature method for a key when none is configured: by the key's algorithm. */
    public static String signatureFor(Key key) {
        String algorithm = key.getAlgorithm().toUpperCase(Locale.ROOT);
        if (algorithm.contains("GOST")) {
            return GOST_2012_256;
        }
        if (algorithm.equals("EC") || algorithm.equals("ECDSA")) {
            return ECDSA_SHA256;
        }
        return RSA_SHA256;
    }

    /** The digest method to go with a signature method when none is configured. */
    public static String digestFor(String signatureMethod) {
        return GOST_2012_256.equals(signatureMethod) ? GOSTR3411_2012_256 : SHA256;
    }
}
