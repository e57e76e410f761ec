package org.presto.itests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority for TLS client certificates, made with the JDK's {@code keytool} as an operator would:
 * its own key pair, client key pairs it signs (extended key usage clientAuth), and a trust store holding its
 * certificate for the server.
 */
final class TestCertificateAuthority {
    private static final String PASSWORD = "presto-test-store";
    private final Path dir;
    private final String name;

    /** Makes the authority's key pair in {@code dir}, named {@code name}. */
    TestCertificateAuthority(Path dir, String name) throws Exception {
        this.dir = dir;
        this.name = name;
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "bc:c", "-validity", "2", "-keystore", store(name), "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", store(name), "-file", dir.resolve(name + ".crt")
                .toString());
    }

    /** A PKCS#12 trust store of this authority's certificate, for the server; its password: {@link #password}. */
    Path trustStore(Path file) throws Exception {
        Files.deleteIfExists(file);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", dir.resolve(name + ".crt").toString(),
                "-keystore", file.toString(), "-storetype", "PKCS12");
        return file;
    }

    static String password() {
        return PASSWORD;
    }

    /**
     * A client's key pair and the certificate this authority signs for its common name, as a TLS context that
     * presents it and trusts the server's certificate {@code serverPem}.
     */
    SSLContext client(String commonName, Path serverPem) throws Exception {
        String keys = store("client-" + commonName);
        keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + commonName, "-validity", "2", "-keystore", keys, "-storetype", "PKCS12");
        Path request = dir.resolve(commonName + ".csr");
        Path signed = dir.resolve(commonName + ".crt");
        keytool("-certreq", "-alias", "client", "-keystore", keys, "-file", request.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", store(name), "-infile", request.toString(), "-outfile",
                signed.toString(), "-ext", "ku:c=digitalSignature", "-ext", "eku=clientAuth", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", dir.resolve(name + ".crt").toString(),
                "-keystore", keys);
        keytool("-importcert", "-alias", "client", "-file", signed.toString(), "-keystore", keys);

        KeyStore clientKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(keys))) {
            clientKeys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(clientKeys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), HttpTransportIT.trustManagers(serverPem).getTrustManagers(), null);
        return context;
    }

    private String store(String owner) {
        return dir.resolve(owner + ".p12").toString();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("keytool " + String.join(" ", arguments) + ":\n" + output);
        }
    }
}
