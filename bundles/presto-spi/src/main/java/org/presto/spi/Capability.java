package org.presto.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a driver can configure, declared in {@link NetworkDriver#capabilities()} and asked
 * by Presto before it plans a service onto the driver's nodes (the way ONOS asks a driver for a behaviour before
 * using it): a service that needs a capability some node on its route lacks is refused before any device is
 * touched, naming the driver and what it lacks. New capabilities may be added in minor versions of the SPI; a driver
 * that does not know them does not declare them and is never asked for them.
 */
public enum Capability {
    /** VLAN cross-connects of point-to-point services ({@link ForwardingEntry}). Since 4.0. */
    VLAN_CROSS_CONNECTS,
    /** Bridge domains of multipoint services ({@link BridgeEntry}), all members roots (E-LAN). */
    BRIDGING,
    /** Bridges that keep leaves apart ({@link BridgeEntry.Role#LEAF}, {@link BridgeEntry.Role#TRUNK}): E-Tree. */
    ROOTED_BRIDGING,
    /** Media channels on photonic nodes ({@link MediaChannelEntry}). */
    MEDIA_CHANNELS,
    /** Single-rate policing of frames entering at a UNI ({@link UniPolicy#ingress()} with no excess rate). */
    INGRESS_POLICING,
    /** Two-rate three-colour policing ({@link BandwidthProfile#eirBps()} above 0), yellow frames marked by DEI. */
    TWO_RATE_POLICING,
    /** Colour-aware profiles ({@link BandwidthProfile#colourAware()}). */
    COLOUR_AWARE_POLICING,
    /** Profiles with MEF's coupling flag set ({@link BandwidthProfile#coupled()}). */
    COUPLED_POLICING,
    /** Policing of frames a service delivers at a UNI ({@link UniPolicy#egress()}). */
    EGRESS_POLICING,
    /** Discarding frames above a service's maximum frame size at a UNI ({@link UniPolicy#maxFrameBytes()}). */
    MAX_FRAME_SIZE,
    /**
     * Classes of frames by PCP at a UNI, each policed to its own profile ({@link UniPolicy#ingressClasses()}; with
     * {@link #EGRESS_POLICING}, {@link UniPolicy#egressClasses()}), frames of no class discarded. Since 3.2.
     */
    PCP_CLASSES,
    /**
     * A limit on the source MAC addresses of a service's frames entering at a UNI ({@link UniPolicy#sourceMacLimit()}).
     * Since 3.2.
     */
    SOURCE_MAC_LIMIT,
    /**
     * Writing the PCP and DEI of a service's frames, or discarding them, by the PCP and DEI they arrive with, as they
     * leave at a UNI ({@link UniPolicy#egressMarking()}: MEF 10.4's egress map). Since 4.1.
     */
    EGRESS_MARKING,
    /**
     * Classes of frames by the DSCP of their IP packet at a UNI, each policed to its own profile
     * ({@link UniPolicy#ingressDscpClasses()}; with {@link #EGRESS_POLICING}, {@link UniPolicy#egressDscpClasses()}),
     * frames of no class discarded, frames without an IP packet in the class of IPv4 DSCP 0 ({@link DscpClass}).
     * Since 4.1.
     */
    DSCP_CLASSES;

    /** What a driver must declare to enforce the policy. */
    public static Set<Capability> neededFor(UniPolicy policy) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        if (policy.maxFrameBytes() > 0) {
            needed.add(MAX_FRAME_SIZE);
        }
        if (policy.ingress() != null) {
            needed.add(INGRESS_POLICING);
            neededFor(policy.ingress(), needed);
        }
        if (policy.egress() != null) {
            needed.add(EGRESS_POLICING);
            neededFor(policy.egress(), needed);
        }
        if (policy.sourceMacLimit() != null) {
            needed.add(SOURCE_MAC_LIMIT);
        }
        if (!policy.egressMarking().isNone()) {
            needed.add(EGRESS_MARKING);
        }
        classes(policy.ingressClasses().stream().map(PcpClass::profile).toList(), PCP_CLASSES, INGRESS_POLICING,
                needed);
        classes(policy.egressClasses().stream().map(PcpClass::profile).toList(), PCP_CLASSES, EGRESS_POLICING,
                needed);
        classes(policy.ingressDscpClasses().stream().map(DscpClass::profile).toList(), DSCP_CLASSES,
                INGRESS_POLICING, needed);
        classes(policy.egressDscpClasses().stream().map(DscpClass::profile).toList(), DSCP_CLASSES,
                EGRESS_POLICING, needed);
        return needed;
    }

    /** Classes of one kind in one direction: the kind, the direction's policing, and what their profiles need. */
    private static void classes(List<BandwidthProfile> profiles, Capability kind, Capability direction,
                                Set<Capability> needed) {
        if (profiles.isEmpty()) {
            return;
        }
        needed.add(kind);
        needed.add(direction);
        profiles.stream().filter(java.util.Objects::nonNull).forEach(profile -> neededFor(profile, needed));
    }

    private static void neededFor(BandwidthProfile profile, Set<Capability> needed) {
        if (profile.twoRate()) {
            needed.add(TWO_RATE_POLICING);
        }
        if (profile.colourAware()) {
            needed.add(COLOUR_AWARE_POLICING);
        }
        if (profile.coupled()) {
            needed.add(COUPLED_POLICING);
        }
    }
}
