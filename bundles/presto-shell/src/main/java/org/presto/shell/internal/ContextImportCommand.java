package org.presto.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.model.Context;
import org.presto.model.tapi.ImportedContext;
import org.presto.model.tapi.InvalidTapiContextException;
import org.presto.model.tapi.TapiContextCodec;

/**
 * Imports a TAPI 2.1.3 context as the network Presto's emulator driver emulates. The whole file is checked first:
 * a file with any problem changes nothing, and so does an import while services exist. The emulator's configuration
 * then names the file, so the network stays
 * after a restart; the file must therefore stay where it is.
 */
@Command(scope = "presto", name = "context-import", description = "Imports an ONF TAPI context file (2.1.x, "
        + "also 2.0 and 2.4 shapes): the emulator driver then emulates its nodes, edge points, SIPs and links")
@Service
public class ContextImportCommand implements Action {
    static final String EMULATOR_PID = "org.presto.driver.emulator";
    static final String DEFAULT_EMULATOR_ID = "emulator";
    private static final int SHOWN_IGNORED = 20;

    @Reference
    ConfigurationAdmin configurationAdmin;

    @Reference
    NetworkInventory inventory;

    @Reference
    ConnectivityManager connectivity;

    @Argument(index = 0, name = "file", description = "the TAPI 2.1.3 context (JSON) to import", required = true)
    String file;

    @Override
    public Object execute() throws IOException {
        Path source = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(source + (Files.exists(source) ? " is not a file" : " does not exist"));
        }
        ImportedContext imported;
        try (InputStream in = Files.newInputStream(source)) {
            imported = new TapiContextCodec().importContext(in);
        } catch (InvalidTapiContextException e) {
            throw new IllegalArgumentException("Nothing imported: " + source + " at " + e.getMessage(), e);
        }
        int services = connectivity.services().size();
        if (services > 0) {
            // the services' devices and ports would vanish under them
            throw new IllegalArgumentException("Nothing imported: " + services + " connectivity services exist on the "
                    + "current network; delete them before the emulator takes another network");
        }
        Configuration emulator = configurationAdmin.getConfiguration(EMULATOR_PID, null);
        Dictionary<String, Object> properties = emulator.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        properties.put("network", source.toString());
        emulator.update(properties);
        Context context = imported.context();
        System.out.println("Imported " + source + ": " + ContextSummary.of(context));
        String notEmulated = ContextSummary.connectionsOf(context);
        if (!notEmulated.isEmpty()) {
            // the emulator takes the network; what the file's own controller made on it is not Presto's to serve
            System.out.println("Not emulated: " + notEmulated + " of the file; Presto serves the connections it makes");
        }
        if (!imported.ignored().isEmpty()) {
            System.out.println("Left out " + imported.ignored().size() + " members Presto does not take:");
            imported.ignored().stream().limit(SHOWN_IGNORED).forEach(ignored -> System.out.println("  " + ignored));
            if (imported.ignored().size() > SHOWN_IGNORED) {
                System.out.println("  ... and " + (imported.ignored().size() - SHOWN_IGNORED) + " more");
            }
        }
        Object driverId = properties.get("driverId");
        String emulatorId = driverId == null ? DEFAULT_EMULATOR_ID : driverId.toString();
        if (inventory.drivers().stream().noneMatch(d -> d.info().id().equals(emulatorId))) {
            System.out.println("No emulator driver '" + emulatorId + "' is running; install the feature "
                    + "presto-driver-emulator to emulate this network.");
        }
        return null;
    }
}
