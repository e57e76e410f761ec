package org.presto.driver.netconf.device;

import static org.presto.driver.netconf.protocol.Xml.child;
import static org.presto.driver.netconf.protocol.Xml.children;
import static org.presto.driver.netconf.protocol.Xml.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;
import org.w3c.dom.Element;

/**
 * A switch's configuration in the terms of the {@code presto-vlan-switch} YANG model (shipped in the bundle under
 * {@code yang/}): its ports (IETF interfaces with a {@code port} container), cross-connects and bridges.
 *
 * @param systemName the switch's name as its neighbours report it, or empty
 */
public record SwitchConfig(String systemName, List<Port> ports, List<CrossConnect> crossConnects,
                           List<Bridge> bridges) {
    public static final String NS = "urn:presto:params:xml:ns:yang:presto-vlan-switch";
    public static final String MODULE = "presto-vlan-switch";
    public static final String INTERFACES_NS = "urn:ietf:params:xml:ns:yang:ietf-interfaces";

    public SwitchConfig {
        ports = List.copyOf(ports);
        crossConnects = List.copyOf(crossConnects);
        bridges = List.copyOf(bridges);
    }

    public enum Usage {
        CUSTOMER, NETWORK
    }

    /** A switch port; a network port names the neighbour at the far end of its cable, when known. */
    public record Port(String name, Usage usage, long speedMbps, String neighbourSystem, String neighbourPort) {
    }

    /** A cross-connect, with the policy at each end ({@link UniPolicy#NONE} where the end is not a UNI). */
    public record CrossConnect(String name, String service, String portA, int vlanA, UniPolicy policyA, String portB,
                               int vlanB, UniPolicy policyB) {
    }

    public record Member(String port, int vlan, BridgeEntry.Role role, int leafVlan, UniPolicy policy) {
        boolean uses(int vlanId) {
            return vlan == vlanId || leafVlan != 0 && leafVlan == vlanId;
        }
    }

    public record Bridge(String name, String service, List<Member> members) {
        public Bridge {
            members = List.copyOf(members);
        }
    }

    /** Reads the {@code data} element of a get-config reply. */
    public static SwitchConfig parse(Element data) {
        List<Port> ports = new ArrayList<>();
        child(data, INTERFACES_NS, "interfaces").ifPresent(interfaces -> {
            for (Element entry : children(interfaces, INTERFACES_NS, "interface")) {
                child(entry, NS, "port").ifPresent(port -> ports.add(port(text(entry, INTERFACES_NS, "name")
                        .orElse(""), port)));
            }
        });
        Optional<Element> sw = child(data, NS, "switch");
        List<CrossConnect> crossConnects = new ArrayList<>();
        List<Bridge> bridges = new ArrayList<>();
        sw.ifPresent(config -> {
            children(config, NS, "cross-connect").forEach(xc -> crossConnects.add(crossConnect(xc)));
            children(config, NS, "bridge").forEach(bridge -> bridges.add(bridge(bridge)));
        });
        return new SwitchConfig(sw.flatMap(config -> text(config, NS, "system-name")).orElse(""), ports,
                crossConnects, bridges);
    }

    private static Port port(String name, Element port) {
        Usage usage = text(port, NS, "usage").map(u -> Usage.valueOf(u.toUpperCase(Locale.ROOT)))
                .orElse(Usage.CUSTOMER);
        long speed = text(port, NS, "speed-mbps").map(Long::parseLong).orElse(1000L);
        Optional<Element> neighbour = child(port, NS, "neighbour");
        return new Port(name, usage, speed,
                neighbour.flatMap(n -> text(n, NS, "system-name")).orElse(""),
                neighbour.flatMap(n -> text(n, NS, "port")).orElse(""));
    }

    private static CrossConnect crossConnect(Element xc) {
        Element a = child(xc, NS, "a").orElseThrow();
        Element b = child(xc, NS, "b").orElseThrow();
        return new CrossConnect(text(xc, NS, "name").orElse(""), text(xc, NS, "service").orElse(""),
                text(a, NS, "port").orElse(""), vlan(a, "vlan"), policy(a), text(b, NS, "port").orElse(""),
                vlan(b, "vlan"), policy(b));
    }

    private static Bridge bridge(Element bridge) {
        List<Member> members = new ArrayList<>();
        for (Element member : children(bridge, NS, "member")) {
            BridgeEntry.Role role = text(member, NS, "role").map(r -> BridgeEntry.Role.valueOf(r.toUpperCase(
                    Locale.ROOT))).orElse(BridgeEntry.Role.ROOT);
            members.add(new Member(text(member, NS, "port").orElse(""), vlan(member, "vlan"), role,
                    vlan(member, "leaf-vlan"), policy(member)));
        }
        return new Bridge(text(bridge, NS, "name").orElse(""), text(bridge, NS, "service").orElse(""), members);
    }

    /** The policy at a cross-connect end or bridge member; none without a policy container. */
    private static UniPolicy policy(Element parent) {
        return child(parent, NS, "policy").map(policy -> new UniPolicy(
                text(policy, NS, "max-frame-size").map(Integer::parseInt).orElse(0),
                child(policy, NS, "ingress").map(SwitchConfig::profile).orElse(null),
                child(policy, NS, "egress").map(SwitchConfig::profile).orElse(null),
                classes(policy, "ingress-class"), classes(policy, "egress-class"),
                child(policy, NS, "source-mac-limit").map(limit -> new SourceMacLimit(
                        (int) number(limit, "addresses"), number(limit, "aging"))).orElse(null)))
                .orElse(UniPolicy.NONE);
    }

    private static List<PcpClass> classes(Element policy, String name) {
        List<PcpClass> classes = new ArrayList<>();
        for (Element cls : children(policy, NS, name)) {
            Set<Integer> pcps = new TreeSet<>();
            for (Element pcp : children(cls, NS, "pcp")) {
                pcps.add(Integer.parseInt(pcp.getTextContent().trim()));
            }
            classes.add(new PcpClass(text(cls, NS, "name").orElse(""), pcps,
                    child(cls, NS, "profile").map(SwitchConfig::profile).orElse(null)));
        }
        return classes;
    }

    /** A bandwidth profile; a device may leave out the defaults, 0. */
    private static BandwidthProfile profile(Element profile) {
        return new BandwidthProfile(number(profile, "cir"), number(profile, "cbs"), number(profile, "eir"),
                number(profile, "ebs"), false, false);
    }

    private static long number(Element parent, String name) {
        return text(parent, NS, name).map(Long::parseLong).orElse(0L);
    }

    private static int vlan(Element parent, String name) {
        return text(parent, NS, name).map(Integer::parseInt).orElse(0);
    }

    public Optional<Port> port(String name) {
        return ports.stream().filter(port -> port.name().equals(name)).findFirst();
    }

    public Optional<CrossConnect> crossConnect(String name) {
        return crossConnects.stream().filter(xc -> xc.name().equals(name)).findFirst();
    }

    public Optional<Bridge> bridge(String name) {
        return bridges.stream().filter(bridge -> bridge.name().equals(name)).findFirst();
    }

    /**
     * The service other than {@code service} that uses a VLAN on a port, in a cross-connect or a bridge: a port and
     * VLAN serve one service only.
     */
    public Optional<String> otherUser(String port, int vlan, String service) {
        for (CrossConnect xc : crossConnects) {
            if (!xc.service().equals(service) && (xc.portA().equals(port) && xc.vlanA() == vlan
                    || xc.portB().equals(port) && xc.vlanB() == vlan)) {
                return Optional.of(xc.service());
            }
        }
        for (Bridge bridge : bridges) {
            if (!bridge.service().equals(service)
                    && bridge.members().stream().anyMatch(m -> m.port().equals(port) && m.uses(vlan))) {
                return Optional.of(bridge.service());
            }
        }
        return Optional.empty();
    }
}
