package org.presto.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.PrestoContext;
import org.presto.model.Context;
import org.presto.model.tapi.TapiContextCodec;

@Command(scope = "presto", name = "context-export", description = "Writes Presto's whole context (SIPs, topology, "
        + "services, connections) to a file as ONF TAPI 2.1.3 JSON")
@Service
public class ContextExportCommand implements Action {
    @Reference
    PrestoContext prestoContext;

    @Argument(index = 0, name = "file", description = "the file to write", required = true)
    String file;

    @Option(name = "-f", aliases = "--force", description = "replace the file if it exists")
    boolean force;

    @Override
    public Object execute() throws IOException {
        Path target = Path.of(file).toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new IllegalArgumentException(target + " exists; use --force to replace it");
        }
        Context context = prestoContext.context();
        // written beside the target and moved into place, so that a failure never leaves half a file
        Path partial = Files.createTempFile(target.getParent(), ".context-export", ".json");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                new TapiContextCodec().write(context, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        System.out.println("Exported to " + target + ": " + ContextSummary.of(context));
        return null;
    }
}
