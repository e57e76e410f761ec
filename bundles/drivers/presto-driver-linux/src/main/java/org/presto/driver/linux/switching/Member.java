package org.presto.driver.linux.switching;

/**
 * One port and VLAN of an entry, with what it does: the two ends of a cross-connect, or a member of a bridge. A
 * trunk member of an E-Tree is two members on the same port: its root VLAN and its leaf VLAN.
 */
public record Member(String port, int vlan, Role role) {

    /** Kept in the catalog as numbers: never renumber. */
    public enum Role {
        END_A(0), END_B(1), ROOT(2), LEAF(3), TRUNK_ROOT(4), TRUNK_LEAF(5);

        final int code;

        Role(int code) {
            this.code = code;
        }

        static Role of(int code) {
            for (Role role : values()) {
                if (role.code == code) {
                    return role;
                }
            }
            throw new IllegalArgumentException("no member role " + code);
        }

        /** Whether frames arriving here come from a leaf (and so may reach roots only). */
        boolean fromLeaf() {
            return this == LEAF || this == TRUNK_LEAF;
        }

        /** Whether frames from leaves may leave here. */
        boolean takesLeafFrames() {
            return this != LEAF && this != TRUNK_ROOT;
        }

        /** Whether frames from roots may leave here. */
        boolean takesRootFrames() {
            return this != TRUNK_LEAF;
        }
    }
}
