package org.presto.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Secrets in configuration files, encrypted at rest: a password a component is configured with (a device's login,
 * the database's) may be written {@code ENC(...)}, the value {@link #seal} made of it (the shell's
 * {@code presto:secret-encrypt}), so that {@code etc/} and the configuration store under {@code data/} hold it only
 * encrypted. The component asks {@link #reveal} for the value to use; a value written in clear is taken as it is.
 */
@ProviderType
public interface Secrets {

    /** The prefix of a sealed value; it ends with {@value #SUFFIX}. */
    String PREFIX = "ENC(";
    String SUFFIX = ")";

    /** Whether a configured value is sealed (else it is a value in clear). */
    static boolean isSealed(String configured) {
        return configured != null && configured.startsWith(PREFIX) && configured.endsWith(SUFFIX);
    }

    /**
     * The value to use: a sealed value decrypted, any other returned as it is.
     *
     * @throws IllegalArgumentException if a sealed value cannot be decrypted (damaged, or sealed with another key);
     *                                  the message names neither the value nor the key
     */
    String reveal(String configured);

    /** The sealed form of a value, {@code ENC(...)}, to write in a configuration file instead of it. */
    String seal(String plain);
}
