package org.presto.driver.netconf.protocol;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how to reach a device's NETCONF server over SSH.
 *
 * @param host name or address
 * @param port TCP port, 830 by convention
 * @param username the login
 * @param password the password, or empty to log in by key only
 * @param privateKey an OpenSSH private key file, or null to log in by password only
 * @param hostKeyFingerprint the server's host key fingerprint ({@code SHA256:...}, as {@code ssh-keygen -lf} prints
 *                           it) to insist on; empty refuses every key unless {@code acceptAnyHostKey}
 * @param acceptAnyHostKey whether to connect whatever key the server offers (logged): for labs only
 */
public record NetconfEndpoint(String host, int port, String username, String password, Path privateKey,
                              String hostKeyFingerprint, boolean acceptAnyHostKey) {
    public NetconfEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        password = password == null ? "" : password;
        hostKeyFingerprint = hostKeyFingerprint == null ? "" : hostKeyFingerprint.strip();
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (password.isEmpty() && privateKey == null) {
            throw new IllegalArgumentException("neither a password nor a private key to log in to " + host);
        }
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return username + "@" + host + ":" + port;
    }
}
