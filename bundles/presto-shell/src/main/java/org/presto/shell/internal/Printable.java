package org.presto.shell.internal;

/**
 * Text that came from outside (a client's names, a file's, a device's), made safe for an operator's console: each
 * control character (an escape that would move the cursor or clear the screen, a line break that would fake a line)
 * is shown as its escape, e.g. {@code \u001B}.
 */
final class Printable {
    private Printable() {
    }

    static String of(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
