package org.presto.model.yang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The YANG modules of the MEF Presto NRP API 2018R2, shipped in this bundle, and their compiled schema; and Presto's
 * deviation module, which records where Presto departs from them (a constraint of MEF's modules that contradicts
 * MEF 10.4), for the YANG library a RESTCONF server advertises (RFC 8525).
 */
public final class NrpModules {
    /** The file names, as RFC 8040's module library names them (name@revision where the file has a revision). */
    public static final List<String> FILES = List.of("mef-common-types.yang", "mef-common.yang",
            "nrm-connectivity.yang", "nrp-interface.yang", "tapi-common@2018-03-07.yang",
            "tapi-topology@2018-03-07.yang", "tapi-connectivity@2018-03-07.yang",
            "tapi-path-computation@2018-03-07.yang");
    /** Presto's deviations from {@link #FILES}; it defines no data, so the schema is compiled without it. */
    public static final String DEVIATIONS_FILE = "presto-nrp-deviations@2026-12-06.yang";
    private static final String FOLDER = "nrp-2018r2/";

    private NrpModules() {
    }

    /** The text of one module file of {@link #FILES}, or of {@link #DEVIATIONS_FILE}. */
    public static String text(String file) {
        if (!FILES.contains(file) && !file.equals(DEVIATIONS_FILE)) {
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
