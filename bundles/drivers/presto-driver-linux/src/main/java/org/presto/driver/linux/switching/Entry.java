package org.presto.driver.linux.switching;

import java.util.List;
import java.util.Set;

/**
 * A cross-connect or bridge as the switch's catalog keeps it.
 *
 * @param id unique on the switch while the entry exists; numbers are reused
 * @param cirKbps the service's committed information rate, policed where frames enter at a customer port; 0 for none
 */
public record Entry(int id, Kind kind, String service, List<Member> members, long cirKbps) {

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
    }

    /** Whether the two hold the same configuration, whatever their ids and the order of their members. */
    public boolean sameAs(Entry other) {
        return kind == other.kind && service.equals(other.service) && cirKbps == other.cirKbps
                && Set.copyOf(members).equals(Set.copyOf(other.members));
    }
}
