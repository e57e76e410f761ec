package org.presto.driver.emulator.graph;

import java.nio.file.Path;

/** A network source could not be turned into a network; the message names the source and the problem. */
public class NetworkLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public NetworkLoadException(String message) {
        super(message);
    }

    public NetworkLoadException(Path file, String problem) {
        super("network file " + file + ": " + problem);
    }

    public NetworkLoadException(Path file, String problem, Throwable cause) {
        super("network file " + file + ": " + problem, cause);
    }
}
