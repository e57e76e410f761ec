package org.presto.driver.netconf.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The two framings of RFC 6242, byte by byte, including what a broken peer sends. */
class FramingTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void endOfMessageFramingSplitsMessagesAtTheMarkerEvenAfterALookAlike() throws IOException {
        InputStream in = bytes("<a>]]]>]]><b/>]]>]]>");
        // "]]]>]]>" holds the marker one character late: the first ']' is the message's
        assertEquals("<a>]", Framing.END_OF_MESSAGE.read(in));
        assertEquals("<b/>", Framing.END_OF_MESSAGE.read(in));
    }

    @Test
    void endOfMessageFramingRoundTrips() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Framing.END_OF_MESSAGE.write(out, "<hello>é</hello>");
        assertEquals("<hello>é</hello>", Framing.END_OF_MESSAGE.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void chunkedFramingJoinsChunksAndRoundTrips() throws IOException {
        assertEquals("<rpc-reply/>", Framing.CHUNKED.read(bytes("\n#4\n<rpc\n#8\n-reply/>\n##\n")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Framing.CHUNKED.write(out, "<ok>ü</ok>");
        assertEquals("\n#11\n<ok>ü</ok>\n##\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("<ok>ü</ok>", Framing.CHUNKED.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void brokenFramingIsAnErrorNotAGuess() {
        assertThrows(IOException.class, () -> Framing.CHUNKED.read(bytes("\n#0\n\n##\n")), "a chunk of size 0");
        assertThrows(IOException.class, () -> Framing.CHUNKED.read(bytes("\n#x\nabc")), "a size that is no number");
        assertThrows(IOException.class, () -> Framing.CHUNKED.read(bytes("<rpc-reply/>")), "no chunk header");
        assertThrows(EOFException.class, () -> Framing.CHUNKED.read(bytes("\n#10\n<rpc")), "cut short");
        assertThrows(EOFException.class, () -> Framing.END_OF_MESSAGE.read(bytes("<rpc-reply/>")), "no marker");
    }
}
