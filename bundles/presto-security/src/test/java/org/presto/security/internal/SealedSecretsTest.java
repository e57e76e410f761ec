package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.security.Secrets;

class SealedSecretsTest {

    @Test
    void sealsWithAKeyOfTheInstallationAndRevealsOnlyWithIt(@TempDir Path etc) throws Exception {
        Path keyFile = etc.resolve(SealedSecrets.KEY_FILE);
        SealedSecrets secrets = new SealedSecrets(keyFile);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));

        String sealed = secrets.seal("n3tc0nf pässword");
        assertTrue(Secrets.isSealed(sealed), sealed);
        assertFalse(sealed.contains("pässword"));
        assertNotEquals(sealed, secrets.seal("n3tc0nf pässword"), "a fresh nonce each time");
        assertEquals("n3tc0nf pässword", secrets.reveal(sealed));
        assertEquals("n3tc0nf pässword", new SealedSecrets(keyFile).reveal(sealed), "the key is kept");
        assertEquals("in clear", secrets.reveal("in clear"));
        assertEquals("", secrets.reveal(""));

        SealedSecrets other = new SealedSecrets(etc.resolve("other.key"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> other.reveal(sealed));
        assertFalse(refused.getMessage().contains(sealed.substring(4, 20)));
        assertThrows(IllegalArgumentException.class, () -> secrets.reveal("ENC(not-a-jwe)"));
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.charAt(sealed.length() - 3) == 'A'
                ? "B" : "A") + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalArgumentException.class, () -> secrets.reveal(tampered));
    }
}
