package org.presto.driver.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.driver.netconf.NetconfTestDevice.PortSpec;
import org.presto.driver.netconf.device.SshResources;
import org.presto.driver.netconf.network.NetconfNetwork;
import org.presto.model.Node;
import org.presto.model.NodeEdgePoint;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.DriverException;
import org.presto.spi.DriverInfo;
import org.presto.spi.ForwardingEntry;
import org.presto.spi.UndoRecord;
import org.presto.spi.UniPolicy;

/** A device without a candidate datastore: the driver edits running, and a refused edit still changes nothing. */
class NetconfRunningOnlyTest {

    @Test
    void aDeviceWithoutCandidateIsEditedOnRunning(@TempDir Path dir) throws Exception {
        try (NetconfTestDevice device = NetconfTestDevice.start(dir.resolve("sw"), "solo",
                List.of(PortSpec.customer("uni-1"), PortSpec.customer("uni-2")), null, false);
                SshResources resources = new SshResources()) {
            NetconfNetwork driver = new NetconfNetwork(new DriverInfo("n", "Presto", "t", ""),
                    List.of(resources.device("solo", device.endpoint(), Duration.ofSeconds(10))));
            Node node = driver.discover().nodes().get(0);
            List<String> ports = node.ownedNodeEdgePoint().stream().map(NodeEdgePoint::uuid).toList();
            ForwardingEntry entry = new ForwardingEntry("svc", node.uuid(), ports.get(0), 10, ports.get(1), 20,
                    java.util.Map.of(ports.get(0), new UniPolicy(1600, new BandwidthProfile(5_000_000, 12_176,
                            2_000_000, 20_000, false, false), BandwidthProfile.committed(8_000_000))));
            UndoRecord undo = driver.install(entry);
            assertEquals(List.of(entry), driver.configuration(node.uuid()));
            assertTrue(driver.devices().get(0).detail().contains("running only"), driver.devices().toString());
            // the device holds the policy at the first end as the model's leaves, with their own units
            String config = device.getConfig().replaceAll("\\s+", "");
            assertTrue(config.contains("<max-frame-size>1600</max-frame-size>"
                    + "<ingress><cir>5000000</cir><cbs>12176</cbs><eir>2000000</eir><ebs>20000</ebs></ingress>"),
                    config);
            assertTrue(config.contains("<egress><cir>8000000</cir>"), config);

            ForwardingEntry refused = new ForwardingEntry("other", node.uuid(), ports.get(0), 4095, ports.get(1), 30);
            assertThrows(DriverException.class, () -> driver.install(refused));
            assertEquals(List.of(entry), driver.configuration(node.uuid()));

            driver.undo(undo);
            assertFalse(device.getConfig().contains("cross-connect"));
        }
    }
}
