package org.presto.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presto.model.Name;

class PrintableTest {

    @Test
    void escapesReachTheConsoleAsTextNotAsControls() {
        assertEquals("a\\u001B[2Jb\\u000D\\u000Afake", Printable.of("a\u001b[2Jb\r\nfake"));
        assertEquals("pe1 — ünï", Printable.of("pe1 — ünï"));
        assertEquals("x\\u009B", Printable.of("x\u009b"));
        assertEquals("n\\u0007", Names.of(List.of(new Name("name", "n\u0007")), "uuid"));
    }

    @Test
    void tablesPrintEachCellEscaped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TextTable("NAME", "STATE").row("evil\u001b]0;title\u0007", "UP").print(new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("evil\\u001B]0;title\\u0007"), out);
        assertTrue(out.chars().noneMatch(c -> c == 0x1b || c == 0x07), out);
    }
}
