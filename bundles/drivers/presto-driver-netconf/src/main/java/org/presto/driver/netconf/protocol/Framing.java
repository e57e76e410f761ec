package org.presto.driver.netconf.protocol;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The two ways NETCONF over SSH delimits messages (RFC 6242): the end-of-message marker {@code ]]>]]>} of NETCONF
 * 1.0, used for the hellos and afterwards unless both peers speak 1.1, and the chunked framing of 1.1.
 */
enum Framing {
    END_OF_MESSAGE {
        @Override
        void write(OutputStream out, String message) throws IOException {
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.write(MARKER);
            out.flush();
        }

        @Override
        String read(InputStream in) throws IOException {
            MessageBuffer message = new MessageBuffer();
            while (!message.endsWith(MARKER)) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("the device closed the session in the middle of a message");
                }
                message.write(b);
                requireSize(message);
            }
            return message.text(message.size() - MARKER.length);
        }
    },

    CHUNKED {
        @Override
        void write(OutputStream out, String message) throws IOException {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            out.write(("\n#" + bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\n##\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        String read(InputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                expect(in, '\n');
                expect(in, '#');
                int first = next(in);
                if (first == '#') {
                    expect(in, '\n');
                    return message.toString(StandardCharsets.UTF_8);
                }
                long size = chunkSize(in, first);
                if (message.size() + size > MAX_MESSAGE_BYTES) {
                    throw new IOException("the device sent a message of more than " + MAX_MESSAGE_BYTES + " bytes");
                }
                for (long i = 0; i < size; i++) {
                    message.write(next(in));
                }
                requireSize(message);
            }
        }

        /** RFC 6242: a chunk size is 1 to 4294967295, in decimal without leading zeros, ended by a newline. */
        private long chunkSize(InputStream in, int first) throws IOException {
            if (first < '1' || first > '9') {
                throw new IOException("broken chunked framing: a chunk size starts with '" + (char) first + "'");
            }
            long size = first - '0';
            for (int digit = next(in); digit != '\n'; digit = next(in)) {
                if (digit < '0' || digit > '9' || size > MAX_MESSAGE_BYTES) {
                    throw new IOException("broken chunked framing: bad chunk size");
                }
                size = size * 10 + (digit - '0');
            }
            return size;
        }
    };

    private static final byte[] MARKER = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    /** A device's whole configuration of a few thousand services is far below this; more is a broken peer. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    abstract void write(OutputStream out, String message) throws IOException;

    /** The next whole message; blocks until it is there. */
    abstract String read(InputStream in) throws IOException;

    /** The bytes of a message as they arrive, with a look at their end. */
    private static final class MessageBuffer extends ByteArrayOutputStream {
        boolean endsWith(byte[] suffix) {
            if (count < suffix.length) {
                return false;
            }
            for (int i = 0; i < suffix.length; i++) {
                if (buf[count - suffix.length + i] != suffix[i]) {
                    return false;
                }
            }
            return true;
        }

        String text(int length) {
            return new String(buf, 0, length, StandardCharsets.UTF_8);
        }
    }

    private static void requireSize(ByteArrayOutputStream message) throws IOException {
        if (message.size() > MAX_MESSAGE_BYTES) {
            throw new IOException("the device sent a message of more than " + MAX_MESSAGE_BYTES + " bytes");
        }
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the device closed the session in the middle of a message");
        }
        return b;
    }

    private static void expect(InputStream in, char wanted) throws IOException {
        int b = next(in);
        if (b != wanted) {
            throw new IOException("broken chunked framing: expected '" + wanted + "' but got '" + (char) b + "'");
        }
    }
}
