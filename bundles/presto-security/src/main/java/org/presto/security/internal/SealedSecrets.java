package org.presto.security.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.presto.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sealed values are JWE compact serializations (RFC 7516: direct encryption with AES-256-GCM, Nimbus JOSE) under a
 * key of this installation, {@code etc/}{@value #KEY_FILE} (32 random bytes, base64, readable by the owner only),
 * made at the first start. A copy of {@code etc/*.cfg} (a backup, a support bundle, a repository) then holds no
 * password in clear; whoever has the key file as well can read them, as whoever runs the process can.
 */
@Component(service = Secrets.class)
public final class SealedSecrets implements Secrets {
    static final String KEY_FILE = "presto-secrets.key";
    private static final Logger LOG = LoggerFactory.getLogger(SealedSecrets.class);

    private final SecretKey key;

    @Activate
    public SealedSecrets() {
        this(Path.of(System.getProperty("karaf.etc", "etc")).resolve(KEY_FILE));
    }

    SealedSecrets(Path keyFile) {
        this.key = new SecretKeySpec(keyBytes(keyFile), "AES");
    }

    @Override
    public String reveal(String configured) {
        if (!Secrets.isSealed(configured)) {
            return configured;
        }
        try {
            JWEObject sealed = JWEObject.parse(configured.substring(PREFIX.length(),
                    configured.length() - SUFFIX.length()));
            sealed.decrypt(new DirectDecrypter(key));
            return sealed.getPayload().toString();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new IllegalArgumentException("a sealed value (ENC(...)) cannot be decrypted with this "
                    + "installation's key etc/" + KEY_FILE + ": damaged, or sealed by another installation");
        }
    }

    @Override
    public String seal(String plain) {
        try {
            JWEObject sealed = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                    new Payload(plain));
            sealed.encrypt(new DirectEncrypter(key));
            return PREFIX + sealed.serialize() + SUFFIX;
        } catch (JOSEException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
        }
    }

    /** The installation's key, made (owner-only) if there is none yet. */
    private static byte[] keyBytes(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                FirstAdmin.writeOwnerOnly(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                LOG.info("Made this installation's key for sealed configuration values: {}", file);
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " holds " + bytes.length + " bytes; a key is 32 (base64)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make " + file, e);
        }
    }
}
