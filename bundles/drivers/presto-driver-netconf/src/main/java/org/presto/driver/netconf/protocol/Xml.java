package org.presto.driver.netconf.protocol;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reading the XML a device sends, safely (no DTDs, no external entities), and writing text into XML we send. */
public final class Xml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private Xml() {
    }

    private static DocumentBuilderFactory factory() {
        // the JDK's own parser: inside OSGi, newInstance() could find whichever parser a bundle offers
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return factory;
    }

    /** The root element of a message from a device. */
    public static Element parse(String xml) throws IOException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the device sent XML that cannot be read: " + e.getMessage(), e);
        }
    }

    /** The child elements of {@code parent} with this namespace and local name, in document order. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }

    public static Optional<Element> child(Element parent, String namespace, String localName) {
        List<Element> children = children(parent, namespace, localName);
        return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
    }

    /** The trimmed text of a child element, if there is one. */
    public static Optional<String> text(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(element -> element.getTextContent().strip());
    }

    /** Text made safe to put between tags or in an attribute. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
