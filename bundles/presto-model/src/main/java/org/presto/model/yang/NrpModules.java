package org.presto.model.yang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The YANG modules of the MEF Presto NRP API 2018R2, shipped in this bundle, and their compiled schema. */
public final class NrpModules {
    /** The file names, as RFC 8040's module library names them (name@revision where the file has a revision). */
    public static final List<String> FILES = List.of("mef-common-types.yang", "mef-common.yang",
            "nrm-connectivity.yang", "nrp-interface.yang", "tapi-common@2018-03-07.yang",
            "tapi-topology@2018-03-07.yang", "tapi-connectivity@2018-03-07.yang",
            "tapi-path-computation@2018-03-07.yang");
    private static final String FOLDER = "nrp-2018r2/";

    private NrpModules() {
    }

    /** The text of one module file of {@link #FILES}. */
    public static String text(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("no module file " + file);
        }
        try (InputStream in = NrpModules.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("module " + file + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the modules (about 30 ms); callers keep the schema. */
    public static YangSchema schema() {
        List<String> texts = new ArrayList<>();
        FILES.forEach(file -> texts.add(text(file)));
        return YangSchema.of(texts);
    }
}
