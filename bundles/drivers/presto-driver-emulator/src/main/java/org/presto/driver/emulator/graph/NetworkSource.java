package org.presto.driver.emulator.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the configured network setting into a network: the word {@value DemoNetwork#NAME}, or the path of a
 * {@code .graphml} or {@code .json} file, a relative path being taken from a given base directory.
 */
public final class NetworkSource {
    private NetworkSource() {
    }

    /** The file the setting names, or null for the built-in demo; fails when the setting names no file. */
    public static Path file(String setting, Path baseDirectory) throws NetworkLoadException {
        String trimmed = setting == null ? "" : setting.strip();
        if (trimmed.isEmpty() || trimmed.equals(DemoNetwork.NAME)) {
            return null;
        }
        Path file = baseDirectory.resolve(trimmed).normalize();
        if (!Files.isRegularFile(file)) {
            throw new NetworkLoadException(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        return file;
    }

    public static NetworkGraph load(String setting, Path baseDirectory) throws NetworkLoadException {
        String trimmed = setting == null ? "" : setting.strip();
        if (trimmed.isEmpty()) {
            throw new NetworkLoadException("the network setting is empty; expected \"" + DemoNetwork.NAME
                    + "\" or the path of a .graphml or .json file");
        }
        if (trimmed.equals(DemoNetwork.NAME)) {
            return DemoNetwork.graph();
        }
        Path file = baseDirectory.resolve(trimmed).normalize();
        if (!Files.isRegularFile(file)) {
            throw new NetworkLoadException(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".graphml")) {
            return new GraphmlLoader().load(file);
        }
        if (fileName.endsWith(".json")) {
            return new NodeLinkJsonLoader().load(file);
        }
        throw new NetworkLoadException(file, "unknown kind of file; expected \"" + DemoNetwork.NAME
                + "\", a .graphml file (Topology Zoo) or a .json file (networkx node-link)");
    }
}
