package org.presto.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example files of docs/examples, found from wherever the build runs a test. */
final class DocsExamples {
    private DocsExamples() {
    }

    /** docs/examples/tapi-metro-optical-context.json: three Ethernet switches and two ROADMs. */
    static Path metroOptical() {
        return find("tapi-metro-optical-context.json");
    }

    static Path find(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs/examples/" + name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/examples/" + name + " not found");
    }
}
