package org.presto.driver.linux.switching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presto.spi.UniPolicy;

/**
 * A cross-connect or bridge as the switch's catalog keeps it.
 *
 * @param id unique on the switch while the entry exists; numbers are reused
 * @param policies what is enforced at those of its ports that are the service's UNIs, by port name
 */
public record Entry(int id, Kind kind, String service, List<Member> members, Map<String, UniPolicy> policies) {

    public enum Kind {
        /** A point-to-point cross-connect: an {@code END_A} and an {@code END_B}. */
        CROSS_CONNECT("xc"),
        /** A bridge: roots, leaves and trunks. */
        BRIDGE("br");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    public Entry {
        members = List.copyOf(members);
        policies = java.util.Collections.unmodifiableMap(new TreeMap<>(policies));
    }

    /** Whether the two hold the same configuration, whatever their ids and the order of their members. */
    public boolean sameAs(Entry other) {
        return kind == other.kind && service.equals(other.service) && policies.equals(other.policies)
                && Set.copyOf(members).equals(Set.copyOf(other.members));
    }
}
