package org.presto.core.internal.activation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.planning.EvcAttributes;
import org.presto.spi.Capability;
import org.presto.spi.DeviceChange;
import org.presto.spi.NetworkDriver;
import org.presto.spi.UniPolicy;

/**
 * Asks each node's driver, before anything is installed, whether it declares what the change for that node needs
 * (bridging, media channels, the policies at its UNIs): a change a driver cannot make is refused with the member of
 * the request that asks for it, and no device is touched.
 */
public final class DriverCapabilities {
    private DriverCapabilities() {
    }

    /**
     * @param drivers the driver of a node, where present (absent drivers are {@link DeviceActivation#requireDrivers
     *                reported} on their own)
     * @param endPointPaths the request path of the end point at each UNI port, where there is one
     * @param fallbackPath the path to name where no end point asks for what is missing
     */
    static void require(Iterable<? extends DeviceChange> changes, Function<String, Optional<NetworkDriver>> drivers,
                        Map<String, String> endPointPaths, String fallbackPath) {
        for (DeviceChange change : changes) {
            Optional<NetworkDriver> driver = drivers.apply(change.nodeId());
            if (driver.isEmpty()) {
                continue;
            }
            Set<Capability> declared = driver.get().capabilities();
            Set<Capability> missing = EnumSet.noneOf(Capability.class);
            missing.addAll(change.needs());
            missing.removeAll(declared);
            if (missing.isEmpty()) {
                continue;
            }
            String port = change.policies().entrySet().stream()
                    .filter(e -> !declared.containsAll(Capability.neededFor(e.getValue()))).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            throw new PrestoException(Reason.CONFLICT, path(port, change, missing, endPointPaths, fallbackPath),
                    "node " + change.nodeId() + " is configured by driver " + driver.get().info().id()
                            + ", which cannot do what the service asks there: it does not declare " + missing);
        }
    }

    private static String path(String port, DeviceChange change, Set<Capability> missing,
                               Map<String, String> endPointPaths, String fallbackPath) {
        if (port == null || !endPointPaths.containsKey(port)) {
            return fallbackPath;
        }
        UniPolicy policy = change.policies().get(port);
        if (missing.contains(Capability.MAX_FRAME_SIZE) && missing.size() == 1) {
            return EvcAttributes.PATH + "/max-frame-size";
        }
        if (missing.contains(Capability.SOURCE_MAC_LIMIT) && missing.size() == 1) {
            return endPointPaths.get(port) + "/source-mac-address-limit";
        }
        UniPolicy ingressOnly = new UniPolicy(0, policy.ingress(), null, policy.ingressClasses(), List.of());
        boolean ingress = missing.stream().anyMatch(Capability.neededFor(ingressOnly)::contains);
        boolean classes = !(ingress ? policy.ingressClasses() : policy.egressClasses()).isEmpty();
        return endPointPaths.get(port) + (ingress ? classes ? "/cos-identifier-list" : "/ingress-bwp-flow"
                : classes ? "/eec-identifier-list" : "/egress-bwp-flow");
    }
}
