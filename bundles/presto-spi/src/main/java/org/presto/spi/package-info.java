/**
 * The southbound driver SPI. Vendors implement {@link org.presto.spi.NetworkDriver} and register it as an OSGi
 * service. Semantic versioning applies: {@code NetworkDriver} is a consumer type, so a driver built against 1.x
 * imports {@code [1.0,2)} and keeps working until the next major version. 1.0 is the first stable SPI: forwarding
 * entries, bridges with member roles (E-Tree) and media channels, undo records ({@code install} returns one,
 * {@code undo} takes it back) and retryable failures. 2.0 adds the committed information rate of a
 * service to its entries (ingress policing), which drivers must configure and read back, so a 1.x driver would fail
 * Presto's read-back: hence a major version. It also adds {@link org.presto.spi.DeviceStatus device statuses} and
 * helpers for drivers ({@code StableUuids}, {@code SwitchNetwork}, {@code ForwardingNetworkDriver}). 3.0 replaces that
 * rate by {@link org.presto.spi.UniPolicy
 * policies} per customer port (maximum frame size, ingress and egress {@link org.presto.spi.BandwidthProfile
 * two-rate three-colour profiles}) and adds {@link org.presto.spi.Capability capabilities}, which every driver
 * declares and Presto asks before planning. 3.1 adds {@link org.presto.spi.DiscoveredTopology topologies} a network
 * presents itself in. 3.2 adds {@link org.presto.spi.PcpClass classes of frames by PCP}, each policed
 * to its own profile, and {@link org.presto.spi.SourceMacLimit source MAC address limits}, with the capabilities to
 * enforce them. 4.0 carries every change through one sealed family, {@link org.presto.spi.DeviceChange}: a driver
 * has one {@code install}, {@code remove} and {@code configuration} for all kinds instead of three of each, so a new
 * kind is one record and the branch of a driver that makes it; VLAN cross-connects became a capability
 * ({@link org.presto.spi.Capability#VLAN_CROSS_CONNECTS}) like the others, so that a driver of photonic nodes only
 * no longer inherits them; and the driver helpers moved to their own package, {@code org.presto.spi.support},
 * versioned apart. 4.1 adds {@link org.presto.spi.EgressMarking egress marking} (MEF 10.4's egress map: the PCP and
 * DEI of frames leaving at a UNI) and {@link org.presto.spi.DscpClass classes of frames by DSCP}, with their
 * capabilities. The 0.x versions before 1.0 were never released.
 */
@Export
@Version("4.1.0")
package org.presto.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
