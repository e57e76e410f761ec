package org.presto.driver.netconf.protocol;

import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One {@code rpc-error} of a device's reply (RFC 6241 section 4.3).
 *
 * @param type transport, rpc, protocol or application
 * @param tag what went wrong, e.g. {@code invalid-value}, {@code lock-denied}, {@code data-missing}
 * @param severity error or warning
 * @param path the XPath of the element in error, or empty
 * @param message the device's own words, or empty
 * @param info the other details the device gave (bad element, bad value), or empty
 */
public record RpcError(String type, String tag, String severity, String path, String message, String info) {

    static RpcError of(Element error) {
        String ns = NetconfSession.BASE_NS;
        String info = Xml.child(error, ns, "error-info").map(element -> element.getTextContent().strip()
                .replaceAll("\\s+", " ")).orElse("");
        return new RpcError(text(error, "error-type"), text(error, "error-tag"), text(error, "error-severity"),
                text(error, "error-path"), text(error, "error-message"), info);
    }

    private static String text(Element error, String name) {
        return Xml.text(error, NetconfSession.BASE_NS, name).orElse("");
    }

    public boolean isError() {
        return !"warning".equals(severity);
    }

    /** Whether the same request may succeed shortly: the datastore was locked or the device busy. */
    public boolean isTransient() {
        return "lock-denied".equals(tag) || "in-use".equals(tag) || "resource-denied".equals(tag);
    }

    /** One line for operators: the device's message, what it concerns, and the NETCONF tag. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(message.isEmpty() ? tag : message);
        Optional.of(path).filter(p -> !p.isEmpty()).ifPresent(p -> text.append(" at ").append(p));
        Optional.of(info).filter(i -> !i.isEmpty()).ifPresent(i -> text.append(" (").append(i).append(')'));
        if (!message.isEmpty()) {
            text.append(" [").append(tag).append(']');
        }
        return text.toString();
    }
}
