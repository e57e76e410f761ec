package org.presto.model.yang;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a YANG module into statements (RFC 7950 6: comments, unquoted, single- and double-quoted strings
 * with their escapes and the trimming of continuation lines' indentation, "+" concatenation, substatement blocks).
 * Only the syntax: meaning is {@link YangSchema}'s.
 */
final class YangParser {
    private final String text;
    private int at;

    private YangParser(String text) {
        this.text = text;
    }

    /** The module's top statement. */
    static YangStatement parse(String text) {
        YangParser parser = new YangParser(text);
        YangStatement module = parser.statement();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("text after the module's closing brace");
        }
        return module;
    }

    private YangStatement statement() {
        skipSpace();
        String keyword = word();
        skipSpace();
        String argument = null;
        if (at < text.length() && text.charAt(at) != ';' && text.charAt(at) != '{') {
            argument = argument();
            skipSpace();
        }
        List<YangStatement> children = new ArrayList<>();
        if (at >= text.length()) {
            throw error("the text ends inside statement " + keyword);
        }
        if (text.charAt(at) == '{') {
            at++;
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    throw error("no closing brace for " + keyword);
                }
                if (text.charAt(at) == '}') {
                    at++;
                    break;
                }
                children.add(statement());
            }
        } else if (text.charAt(at) == ';') {
            at++;
        } else {
            throw error("';' or '{' expected after " + keyword);
        }
        return new YangStatement(keyword, argument, children);
    }

    private String word() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))
                && ";{}\"'".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw error("a keyword expected");
        }
        return text.substring(start, at);
    }

    private String argument() {
        char c = text.charAt(at);
        if (c != '"' && c != '\'') {
            return word();
        }
        StringBuilder value = new StringBuilder(quoted());
        while (true) {
            int mark = at;
            skipSpace();
            if (at < text.length() && text.charAt(at) == '+') {
                at++;
                skipSpace();
                value.append(quoted());
            } else {
                at = mark;
                return value.toString();
            }
        }
    }

    private String quoted() {
        char quote = text.charAt(at);
        if (quote != '"' && quote != '\'') {
            throw error("a quoted string expected after '+'");
        }
        int column = column(at);
        at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (quote == '"' && c == '\\' && at < text.length()) {
                char escaped = text.charAt(at++);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                value.append(c);
            }
        }
        if (at >= text.length()) {
            throw error("unterminated string");
        }
        at++;
        return quote == '"' ? trimLines(value.toString(), column + 1) : value.toString();
    }

    /** RFC 7950 6.1.3: a double-quoted string's continuation lines lose the indentation up to its opening column. */
    private static String trimLines(String value, int column) {
        String[] lines = value.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0].stripTrailing());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int strip = 0;
            while (strip < line.length() && strip < column && (line.charAt(strip) == ' '
                    || line.charAt(strip) == '\t')) {
                strip++;
            }
            out.append('\n').append(i < lines.length - 1 ? line.substring(strip).stripTrailing()
                    : line.substring(strip));
        }
        return out.toString();
    }

    private int column(int position) {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        return position - lineStart;
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    throw error("unterminated comment");
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return new IllegalArgumentException("YANG syntax error at line " + line + ": " + message);
    }
}
