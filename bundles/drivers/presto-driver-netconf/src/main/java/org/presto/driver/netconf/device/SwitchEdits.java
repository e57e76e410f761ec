package org.presto.driver.netconf.device;

import static org.presto.driver.netconf.protocol.Xml.escape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presto.driver.netconf.protocol.NetconfSession;
import org.presto.driver.netconf.protocol.Xml;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.BridgeEntry;
import org.presto.spi.PcpClass;
import org.presto.spi.UniPolicy;
import org.w3c.dom.Element;

/**
 * The {@code edit-config} contents that change a switch, in the {@code presto-vlan-switch} model. Each is one
 * {@code switch} element; undo records keep such an element, so undoing a change is applying the edit it recorded.
 */
public final class SwitchEdits {
    /** What get-config asks for: the interfaces (ports) and the switch configuration, nothing else. */
    public static final String FILTER = "<filter type=\"subtree\"><interfaces xmlns=\""
            + SwitchConfig.INTERFACES_NS + "\"/><switch xmlns=\"" + SwitchConfig.NS + "\"/></filter>";

    private SwitchEdits() {
    }

    public static String create(SwitchConfig.CrossConnect xc) {
        return edit("<cross-connect nc:operation=\"create\">" + leaf("name", xc.name()) + leaf("service", xc.service())
                + "<a>" + leaf("port", xc.portA()) + leaf("vlan", xc.vlanA()) + policy(xc.policyA()) + "</a>"
                + "<b>" + leaf("port", xc.portB()) + leaf("vlan", xc.vlanB()) + policy(xc.policyB()) + "</b>"
                + "</cross-connect>");
    }

    public static String create(SwitchConfig.Bridge bridge) {
        StringBuilder members = new StringBuilder();
        for (SwitchConfig.Member member : bridge.members()) {
            members.append("<member>").append(leaf("port", member.port())).append(leaf("vlan", member.vlan()))
                    .append(leaf("role", member.role().name().toLowerCase(Locale.ROOT)));
            if (member.role() == BridgeEntry.Role.TRUNK) {
                members.append(leaf("leaf-vlan", member.leafVlan()));
            }
            members.append(policy(member.policy())).append("</member>");
        }
        return edit("<bridge nc:operation=\"create\">" + leaf("name", bridge.name()) + leaf("service", bridge.service())
                + members + "</bridge>");
    }

    /** Takes a cross-connect away; succeeds when it is not there. */
    public static String removeCrossConnect(String name) {
        return edit("<cross-connect nc:operation=\"remove\">" + leaf("name", name) + "</cross-connect>");
    }

    /** Takes a bridge away; succeeds when it is not there. */
    public static String removeBridge(String name) {
        return edit("<bridge nc:operation=\"remove\">" + leaf("name", name) + "</bridge>");
    }

    /**
     * The edit an undo record asks for, rebuilt by this driver: only the removal of one cross-connect or bridge by
     * name is accepted (a journal is data, not a licence to send the device anything).
     */
    public static String checkedEdit(String edit) throws IOException {
        Element root = Xml.parse(edit);
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        if (!"switch".equals(root.getLocalName()) || !SwitchConfig.NS.equals(root.getNamespaceURI())
                || children.size() != 1) {
            throw new IOException("not the removal of one entry of " + SwitchConfig.MODULE);
        }
        Element target = children.get(0);
        String operation = target.getAttributeNS(NetconfSession.BASE_NS, "operation");
        String name = Xml.text(target, SwitchConfig.NS, "name").orElse("");
        if (!"remove".equals(operation) || name.isEmpty() || !SwitchConfig.NS.equals(target.getNamespaceURI())) {
            throw new IOException("not the removal of one entry of " + SwitchConfig.MODULE);
        }
        return switch (target.getLocalName()) {
            case "cross-connect" -> removeCrossConnect(name);
            case "bridge" -> removeBridge(name);
            default -> throw new IOException("an undo record may remove a cross-connect or a bridge, not <"
                    + target.getLocalName() + ">");
        };
    }

    private static String edit(String content) {
        return "<switch xmlns=\"" + SwitchConfig.NS + "\" xmlns:nc=\"" + NetconfSession.BASE_NS + "\">" + content
                + "</switch>";
    }

    /** A policy container; nothing for none. */
    private static String policy(UniPolicy policy) {
        if (policy.isNone()) {
            return "";
        }
        return "<policy>" + (policy.maxFrameBytes() > 0 ? leaf("max-frame-size", policy.maxFrameBytes()) : "")
                + profile("ingress", policy.ingress()) + profile("egress", policy.egress())
                + (policy.sourceMacLimit() == null ? "" : "<source-mac-limit>"
                        + leaf("addresses", policy.sourceMacLimit().addresses())
                        + leaf("aging", policy.sourceMacLimit().agingMillis()) + "</source-mac-limit>")
                + classes("ingress-class", policy.ingressClasses()) + classes("egress-class", policy.egressClasses())
                + "</policy>";
    }

    private static String classes(String name, List<PcpClass> classes) {
        StringBuilder xml = new StringBuilder();
        for (PcpClass cls : classes) {
            xml.append('<').append(name).append('>').append(leaf("name", cls.name()));
            cls.pcpValues().forEach(pcp -> xml.append(leaf("pcp", pcp)));
            xml.append(profile("profile", cls.profile())).append("</").append(name).append('>');
        }
        return xml.toString();
    }

    private static String profile(String name, BandwidthProfile profile) {
        return profile == null ? "" : "<" + name + ">" + leaf("cir", profile.cirBps()) + leaf("cbs", profile.cbsBytes())
                + leaf("eir", profile.eirBps()) + leaf("ebs", profile.ebsBytes()) + "</" + name + ">";
    }

    private static String leaf(String name, Object value) {
        return "<" + name + ">" + escape(String.valueOf(value)) + "</" + name + ">";
    }
}
