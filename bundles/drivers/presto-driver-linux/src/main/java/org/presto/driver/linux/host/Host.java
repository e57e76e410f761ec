package org.presto.driver.linux.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs iproute2 and nftables commands inside a network namespace, as {@code ip netns exec <namespace> ...} does, and
 * returns what they print. A command that fails or takes too long is reported with what it wrote to stderr.
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
        Process process = new ProcessBuilder(full).start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " in namespace " + namespace + " took longer than "
                        + timeout.toMillis() + " ms");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " in namespace " + namespace + " failed: "
                        + err.get().strip().replaceAll("\\s+", " "));
            }
            return out.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command[0], e);
        } catch (ExecutionException e) {
            throw new IOException("reading the output of " + command[0] + " failed: " + e.getCause(), e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
