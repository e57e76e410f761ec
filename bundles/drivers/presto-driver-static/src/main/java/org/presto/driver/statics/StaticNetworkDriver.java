package org.presto.driver.statics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.model.tapi.InvalidTapiContextException;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.DiscoveredNetwork;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UndoRecord;
import org.presto.spi.support.TapiContextNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A static network: nodes, links and SIPs as a TAPI context file states them, with no device behind them. Presto
 * serves and exports it as the file has it and computes paths over it; it configures nothing there, so this driver
 * declares no capability and Presto refuses every service that would need one of its nodes before any device is
 * touched. For a network another system configures (Presto as its inventory and path computer), or one planned
 * before its equipment exists. One instance per factory configuration; the file is read once, at activation, and a
 * configuration change re-creates the component.
 */
@Component(service = NetworkDriver.class, configurationPid = StaticNetworkDriver.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = StaticNetworkConfig.class, factory = true)
public final class StaticNetworkDriver implements NetworkDriver {
    public static final String FACTORY_PID = "org.presto.driver.static";
    private static final Logger LOG = LoggerFactory.getLogger(StaticNetworkDriver.class);
    private static final Pattern DRIVER_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int LOGGED_IGNORED = 10;

    private final DriverInfo info;
    private final DiscoveredNetwork network;

    @Activate
    public StaticNetworkDriver(StaticNetworkConfig config, BundleContext context) throws IOException {
        this(config.driverId(), resolve(config.network()), context.getBundle().getVersion().toString());
    }

    /**
     * @throws IllegalArgumentException if the id or the file is not one a static network can be made of; the
     *                                  message names the configuration and the problem
     */
    StaticNetworkDriver(String driverId, Path file, String version) throws IOException {
        if (driverId == null || !DRIVER_ID.matcher(driverId).matches()) {
            throw new IllegalArgumentException(FACTORY_PID + ": driverId '" + driverId + "' is not letters, digits, "
                    + "'.', '_' or '-'");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(FACTORY_PID + " " + driverId + ": network file " + file
                    + (Files.exists(file) ? " is not a file" : " does not exist"));
        }
        TapiContextNetwork tapi;
        try {
            tapi = TapiContextNetwork.read(file);
        } catch (InvalidTapiContextException e) {
            throw new IllegalArgumentException(FACTORY_PID + " " + driverId + ": network file " + file + " at "
                    + e.getMessage(), e);
        }
        if (!tapi.ignored().isEmpty()) {
            LOG.warn("{}: left out {} members Presto does not take, e.g. {}", file, tapi.ignored().size(),
                    tapi.ignored().subList(0, Math.min(LOGGED_IGNORED, tapi.ignored().size())));
        }
        this.network = tapi.network();
        this.info = new DriverInfo(driverId, "Presto", version, "Static network " + tapi.name() + " from " + file
                + ": " + network.nodes().size() + " nodes, " + network.links().size() + " links, configured by "
                + "no one here");
        LOG.info("{} ready as driver {}", info.description(), driverId);
    }

    /** Karaf's home for a relative path, as its own etc/ files use; the working directory outside Karaf. */
    private static Path resolve(String network) {
        if (network == null || network.isBlank()) {
            throw new IllegalArgumentException(FACTORY_PID + ": network (the TAPI context file) is not set");
        }
        String karafBase = System.getProperty("karaf.base");
        return Path.of(karafBase != null ? karafBase : "").toAbsolutePath().resolve(network.strip()).normalize();
    }

    @Override
    public DriverInfo info() {
        return info;
    }

    /** None: Presto plans nothing onto a static network's nodes. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public DiscoveredNetwork discover() {
        return network;
    }

    /** Never asked for, since no capability is declared; refused if it were. */
    @Override
    public UndoRecord install(DeviceChange change) throws DriverException {
        throw DriverException.cannotMake(info, change);
    }

    /** Nothing is ever configured here, so there is nothing to take off. */
    @Override
    public void remove(DeviceChange change) {
        // nothing to remove
    }

    @Override
    public void undo(UndoRecord undo) {
        // no change was ever made, so none is taken back
    }

    @Override
    public List<DeviceChange> configuration(String nodeId) {
        return List.of();
    }
}
