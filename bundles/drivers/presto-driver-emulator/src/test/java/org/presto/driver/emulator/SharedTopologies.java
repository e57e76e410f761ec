package org.presto.driver.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared topology files ({@code shared/topologies}, a sibling of the repository checkout) by walking up from
 * the working directory, so tests run the same from the module, the repository root or an IDE. Missing files fail
 * the test: silently skipping would let the loaders go untested.
 */
public final class SharedTopologies {
    private SharedTopologies() {
    }

    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("topologies");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("no shared/topologies directory above " + Path.of("").toAbsolutePath());
    }

    /** An example file of the repository's {@code docs/examples}. */
    public static Path example(String fileName) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("examples").resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("no docs/examples/" + fileName + " above " + Path.of("").toAbsolutePath());
    }

    public static Path topologyZoo(String fileName) {
        return root().resolve("topozoo/graphml").resolve(fileName);
    }

    public static Path xlron(String fileName) {
        return root().resolve("optical/xlron").resolve(fileName);
    }

    public static List<Path> topologyZooFiles() throws IOException {
        return list(root().resolve("topozoo/graphml"), ".graphml");
    }

    public static List<Path> xlronFiles() throws IOException {
        return list(root().resolve("optical/xlron"), ".json");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                fail("no " + suffix + " files in " + dir);
            }
            return found;
        }
    }
}
