package org.presto.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
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
 * Imports a TAPI 2.1.3 context as the network Presto's emulator driver emulates, or, with {@code --static NAME}, as
 * a static network beside the others (the presto-driver-static feature's factory configuration NAME). The whole file
 * is checked first: a file with any problem changes nothing, and so does an emulator import while services exist.
 * The configuration then names the file, so the network stays after a restart; the file must therefore stay where it
 * is.
 */
@Command(scope = "presto", name = "context-import", description = "Imports an ONF TAPI context file (2.1.x, "
        + "also 2.0 and 2.4 shapes): the emulator driver then emulates its nodes, edge points, SIPs and links, or "
        + "with --static it is a network of its own that Presto serves and computes paths over but does not "
        + "configure")
@Service
public class ContextImportCommand extends WriteCommand {
    static final String EMULATOR_PID = "org.presto.driver.emulator";
    static final String DEFAULT_EMULATOR_ID = "emulator";
    static final String STATIC_FACTORY_PID = "org.presto.driver.static";
    private static final Pattern STATIC_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int SHOWN_IGNORED = 20;

    @Reference
    ConfigurationAdmin configurationAdmin;

    @Reference
    NetworkInventory inventory;

    @Reference
    ConnectivityManager connectivity;

    @Option(name = "--static", aliases = "-s", description = "import as a static network of this name, beside the "
            + "others: served, exported and used for path computation, configured by no one here (no service can be "
            + "on it); without it, the emulator emulates the file")
    String staticNetwork;

    @Argument(index = 0, name = "file", description = "the TAPI 2.1.3 context (JSON) to import", required = true)
    String file;

    @Override
    protected String target() {
        return file;
    }

    @Override
    protected Object write() throws IOException {
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
        Context context = imported.context();
        if (staticNetwork != null) {
            importStatic(source, context);
        } else {
            importEmulated(source, context);
        }
        if (!imported.ignored().isEmpty()) {
            System.out.println("Left out " + imported.ignored().size() + " members Presto does not take:");
            imported.ignored().stream().limit(SHOWN_IGNORED).forEach(ignored -> System.out.println("  " + ignored));
            if (imported.ignored().size() > SHOWN_IGNORED) {
                System.out.println("  ... and " + (imported.ignored().size() - SHOWN_IGNORED) + " more");
            }
        }
        return null;
    }

    /** The emulator emulates the file's network (its one network: services on the old one would lose theirs). */
    private void importEmulated(Path source, Context context) throws IOException {
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
        System.out.println("Imported " + source + ": " + ContextSummary.of(context));
        String notEmulated = ContextSummary.connectionsOf(context);
        if (!notEmulated.isEmpty()) {
            // the emulator takes the network; what the file's own controller made on it is not Presto's to serve
            System.out.println("Not emulated: " + notEmulated + " of the file; Presto serves the connections it makes");
        }
        Object driverId = properties.get("driverId");
        String emulatorId = driverId == null ? DEFAULT_EMULATOR_ID : driverId.toString();
        if (inventory.drivers().stream().noneMatch(d -> d.info().id().equals(emulatorId))) {
            System.out.println("No emulator driver '" + emulatorId + "' is running; install the feature "
                    + "presto-driver-emulator to emulate this network.");
        }
    }

    /**
     * A static network of its own beside the others (one factory configuration per name, which a later import of
     * the same name replaces): no service can be on it, so none stands in the way.
     */
    private void importStatic(Path source, Context context) throws IOException {
        if (!STATIC_NAME.matcher(staticNetwork).matches()) {
            throw new IllegalArgumentException("Nothing imported: the static network's name '" + staticNetwork
                    + "' is not letters, digits, '.', '_' or '-' (it is the driver id its nodes are bound to)");
        }
        Configuration existing = staticConfiguration(staticNetwork);
        boolean ours = existing != null;
        if (!ours && inventory.drivers().stream().anyMatch(d -> d.info().id().equals(staticNetwork))) {
            throw new IllegalArgumentException("Nothing imported: a driver '" + staticNetwork + "' exists already; "
                    + "name the static network otherwise");
        }
        Configuration configuration = ours ? existing
                : configurationAdmin.getFactoryConfiguration(STATIC_FACTORY_PID, staticNetwork, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("driverId", staticNetwork);
        properties.put("network", source.toString());
        configuration.update(properties);
        System.out.println("Imported " + source + " as static network " + staticNetwork + ": "
                + ContextSummary.of(context));
        System.out.println("Presto serves it and computes paths over it; it configures nothing there, so services "
                + "on its nodes are refused.");
    }

    private Configuration staticConfiguration(String name) throws IOException {
        try {
            Configuration[] found = configurationAdmin.listConfigurations("(&(service.factoryPid="
                    + STATIC_FACTORY_PID + ")(driverId=" + name + "))");
            return found == null || found.length == 0 ? null : found[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("the name was checked to be a valid filter value", e);
        }
    }
}
