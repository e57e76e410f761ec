package org.presto.security.internal;

/** Text that came from a caller, made safe to repeat in a message, a header or a log line. */
final class Printable {

    private Printable() {
    }

    /** Control characters (terminal escapes, CR, LF) as '?', cut to {@code max} characters. */
    static String of(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > max ? out + "..." : out.toString();
    }

    /** As {@link #of}, also without the quote and backslash a quoted-string (RFC 7230 3.2.6) would need escaped. */
    static String quotable(String text, int max) {
        return of(text, max).replace('"', '\'').replace('\\', '/');
    }
}
