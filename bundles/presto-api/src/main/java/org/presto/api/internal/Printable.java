package org.presto.api.internal;

/** Text from a request, made safe for a log line: control characters as '?', at most 200 characters. */
final class Printable {
    private static final int MAX = 200;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX ? out + "..." : out.toString();
    }
}
