package org.presto.driver.linux.host;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs iproute2 and nftables commands inside a network namespace, as {@code ip netns exec <namespace> ...} does, and
 * returns what they print. A command that fails or takes too long is reported with what it wrote to stderr. Output
 * goes to temporary files, so no pipe can fill up and stall a command, whatever it prints.
 */
public final class Host {
    private final Duration timeout;

    public Host(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code command} in {@code namespace}, feeding it {@code input} (may be null); its standard output. */
    public String run(String namespace, String input, String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        Path out = Files.createTempFile("presto-linux-", ".out");
        Path err = Files.createTempFile("presto-linux-", ".err");
        try {
            Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the command stopped reading (it failed early): its exit code and stderr say why
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " in namespace " + namespace + " took longer than "
                        + timeout.toMillis() + " ms");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " in namespace " + namespace + " failed: "
                        + Files.readString(err).strip().replaceAll("\\s+", " "));
            }
            return Files.readString(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
