package org.presto.itests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project (docs/examples) and of ../shared beside it, found from wherever the tests run. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The first file or folder at this relative path in the working directory or one of its parents. */
    static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(relative + " not found from " + Path.of("").toAbsolutePath());
    }

    /** A network of docs/examples. */
    static Path example(String file) {
        return find("docs/examples/" + file);
    }
}
