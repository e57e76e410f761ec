package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.inventory.Inventory;
import org.presto.core.internal.planning.ResourceLedger;
import org.presto.core.internal.planning.VlanAllocator;
import org.presto.model.ConnectivityServiceBuilder;
import org.presto.spi.ForwardingEntry;
import org.presto.store.ServiceRecord;
import org.presto.store.internal.JdbcPrestoStore;

/** Service VLANs: the lowest free on every trunk port, a leaf VLAN above it, a refusal naming where none is free. */
class VlanAllocatorTest {
    private final JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:vlans;DB_CLOSE_DELAY=-1",
            "presto", "");
    private final Inventory network = new Inventory(JdbcPrestoStore.open(pool));

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void theLowestVlanFreeOnEveryPortAndALeafVlanAboveIt() {
        // VLAN 2 is taken on port a, 3 on port b, 5 on port c
        VlanAllocator vlans = new VlanAllocator(new ResourceLedger(List.of(record("s1", List.of(
                new ForwardingEntry("s1", "n1", "a", 2, "x", 100), new ForwardingEntry("s1", "n2", "b", 3, "c", 5)))),
                network));
        assertEquals(2, vlans.serviceVlan(List.of("b", "c"), null, "the route"));
        assertEquals(4, vlans.serviceVlan(List.of("a", "b"), null, "the route"));
        assertEquals(6, vlans.leafVlan(List.of("a", "b", "c"), 4, null, "the tree"), "5 is taken on c");
    }

    @Test
    void noFreeVlanIsAConflictNamingWhere() {
        List<ForwardingEntry> all = new ArrayList<>();
        for (int vlan = VlanAllocator.FIRST_SERVICE_VLAN; vlan <= VlanAllocator.LAST_SERVICE_VLAN; vlan++) {
            all.add(new ForwardingEntry("s1", "n1", "a", vlan, "x", vlan));
        }
        VlanAllocator vlans = new VlanAllocator(new ResourceLedger(List.of(record("s1", all)), network));
        PrestoException none = assertThrows(PrestoException.class,
                () -> vlans.serviceVlan(List.of("a", "b"), "end-point", "the new tree"));
        assertEquals(Reason.CONFLICT, none.reason());
        assertEquals("end-point", none.member());
        assertEquals("no service VLAN is free on every link of the new tree", none.getMessage());
        assertEquals(2, vlans.serviceVlan(List.of("b"), null, "the route"), "port b has them all");
    }

    private static ServiceRecord record(String uuid, List<ForwardingEntry> entries) {
        return new ServiceRecord(ConnectivityServiceBuilder.builder().uuid(uuid).build(), List.of(), entries, 0);
    }
}
