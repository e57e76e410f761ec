package org.presto.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * libyang's yanglint (Debian libyang2-tools) validating JSON against the MEF Presto NRP 2018R2 YANG modules as the
 * SDK publishes them (../shared/spec/mef-presto-sdk/grace/api/yang), with the deviations Presto's YANG library
 * advertises (presto-nrp-deviations, from the model bundle's sources): RFC 7951 encoding, module qualification,
 * types, keys, mandatory members, min-elements and every leafref.
 */
final class Yanglint {
    static final List<String> MODULES = List.of("mef-common-types.yang", "mef-common.yang", "nrm-connectivity.yang",
            "nrp-interface.yang", "tapi-common@2018-03-07.yang", "tapi-topology@2018-03-07.yang",
            "tapi-connectivity@2018-03-07.yang", "tapi-path-computation@2018-03-07.yang");
    static final String DEVIATIONS = "presto-nrp-deviations@2026-12-06.yang";
    private final Path modules;
    private final Path work;
    private int files;

    /**
     * The spec folder holds later revisions of the TAPI modules too, which libyang would take for imports without a
     * revision date: the 2018R2 set is copied apart.
     */
    Yanglint(Path work) throws java.io.IOException {
        this.work = work;
        this.modules = Files.createDirectories(work.resolve("modules"));
        Path spec = ProjectFiles.find("shared/spec/mef-presto-sdk/grace/api/yang");
        for (String module : MODULES) {
            Files.copy(spec.resolve(module), modules.resolve(module), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(ProjectFiles.find("bundles/presto-model/src/main/resources/org/presto/model/yang/nrp-2018r2/"
                + DEVIATIONS), modules.resolve(DEVIATIONS), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The module file this validates with, as the spec (or, for the deviations, the model bundle) holds it. */
    Path module(String file) {
        return modules.resolve(file);
    }

    /**
     * A YANG library document (RFC 8525 or RFC 7895), checked against libyang's own ietf-yang-library; then used as
     * it is meant to be: libyang builds its schema context from exactly the modules, revisions and deviations the
     * library lists, and the document given must be valid in that context (where the library is data too).
     */
    void library(ObjectNode library, JsonNode document) throws Exception {
        Path file = write(library);
        exec(List.of("yanglint", "-y", "-t", "data", file.toString()));
        ObjectNode both = library.deepCopy().setAll((ObjectNode) document.deepCopy());
        exec(List.of("yanglint", "-p", modules.toString(), "-Y", file.toString(), "-t", "data",
                write(both).toString()));
    }

    /** A whole datastore: the reply of GET /data/tapi-common:context. */
    void data(JsonNode document) throws Exception {
        run("data", null, document);
    }

    /**
     * An RPC's output, checked against a context (the operational datastore its leafrefs point into).
     *
     * @param rpc    the module-qualified RPC name
     * @param output the members of the reply's module-qualified "output"
     */
    void reply(String rpc, JsonNode output, JsonNode context) throws Exception {
        JsonNode wrapped = NrpRequests.JSON.createObjectNode().set(rpc, output);
        run("reply", write(context), wrapped);
    }

    private void run(String type, Path operational, JsonNode document) throws Exception {
        Path file = write(document);
        List<String> command = new ArrayList<>(List.of("yanglint", "-p", modules.toString(), "-t", type));
        if (operational != null) {
            command.addAll(List.of("-O", operational.toString()));
        }
        MODULES.forEach(module -> command.add(modules.resolve(module).toString()));
        command.add(modules.resolve(DEVIATIONS).toString());
        command.add(file.toString());
        exec(command);
    }

    private void exec(List<String> command) throws Exception {
        // libyang also searches its working directory for modules: one that holds none
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                || process.exitValue() != 0) {
            throw new AssertionError("yanglint refuses: " + String.join(" ", command) + ": " + output);
        }
    }

    private Path write(JsonNode document) throws Exception {
        Path file = work.resolve("yanglint-" + (++files) + ".json");
        Files.writeString(file, document.toString());
        return file;
    }
}
