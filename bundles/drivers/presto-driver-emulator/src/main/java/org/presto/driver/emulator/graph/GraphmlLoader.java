package org.presto.driver.emulator.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a GraphML file as published by the Internet Topology Zoo. Data keys are looked up by their
 * {@code attr.name} ({@code label}, {@code Latitude}, {@code Longitude}) among the keys declared for nodes, never by
 * key id: the ids differ from file to file, and the Zoo declares a {@code label} key for the graph as well. Lengths
 * are not in these files, so every span gets the {@link NetworkGraphBuilder} default (great circle, else 100 km).
 * The network is named after the file.
 */
public final class GraphmlLoader {
    private static final String LABEL = "label";
    private static final String LATITUDE = "Latitude";
    private static final String LONGITUDE = "Longitude";

    /** One declared data key: what it is called, and the value an element without that data has. */
    private record Key(String attrName, String defaultValue) {
    }

    public NetworkGraph load(Path file) throws NetworkLoadException {
        Document document = parse(file);
        Element root = document.getDocumentElement();
        if (!"graphml".equals(localName(root))) {
            throw new NetworkLoadException(file, "not a GraphML document (root element <" + localName(root) + ">)");
        }
        List<Element> graphs = children(root, "graph");
        if (graphs.isEmpty()) {
            throw new NetworkLoadException(file, "has no <graph> element");
        }
        Map<String, Key> nodeKeys = nodeKeys(root);
        NetworkGraphBuilder builder = new NetworkGraphBuilder();
        try {
            Element graph = graphs.get(0);
            for (Element node : children(graph, "node")) {
                Map<String, String> data = data(node, nodeKeys);
                builder.node(node.getAttribute("id"), data.get(LABEL),
                        number(data, LATITUDE, node), number(data, LONGITUDE, node));
            }
            for (Element edge : children(graph, "edge")) {
                builder.edge(requiredAttribute(edge, "source"), requiredAttribute(edge, "target"), null);
            }
            return builder.build(networkName(file));
        } catch (IllegalArgumentException e) {
            throw new NetworkLoadException(file, e.getMessage(), e);
        }
    }

    private static Document parse(Path file) throws NetworkLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new FailOnError());
            return builder.parse(in, file.toUri().toString());
        } catch (IOException e) {
            throw new NetworkLoadException(file, "cannot be read: " + e, e);
        } catch (SAXParseException e) {
            throw new NetworkLoadException(file,
                    "is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): "
                            + e.getMessage(), e);
        } catch (SAXException e) {
            throw new NetworkLoadException(file, "is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new NetworkLoadException(file, "the XML parser cannot be configured safely: " + e.getMessage(), e);
        }
    }

    /** The JDK's own parser (not whatever a container's locator offers), with DTDs and external access refused. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static Map<String, Key> nodeKeys(Element root) {
        Map<String, Key> keys = new HashMap<>();
        for (Element key : children(root, "key")) {
            String domain = key.getAttribute("for");
            if (domain.isEmpty() || domain.equals("node") || domain.equals("all")) {
                List<Element> defaults = children(key, "default");
                String defaultValue = defaults.isEmpty() ? null : defaults.get(0).getTextContent();
                keys.put(key.getAttribute("id"), new Key(key.getAttribute("attr.name"), defaultValue));
            }
        }
        return keys;
    }

    /** The element's data values by attribute name, defaults included. */
    private static Map<String, String> data(Element element, Map<String, Key> keys) {
        Map<String, String> values = new HashMap<>();
        for (Key key : keys.values()) {
            if (key.defaultValue() != null) {
                values.put(key.attrName(), key.defaultValue());
            }
        }
        for (Element data : children(element, "data")) {
            Key key = keys.get(data.getAttribute("key"));
            if (key != null) {
                values.put(key.attrName(), data.getTextContent());
            }
        }
        return values;
    }

    private static Double number(Map<String, String> data, String attrName, Element node) {
        String text = data.get(attrName);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "node " + node.getAttribute("id") + ": " + attrName + " '" + text + "' is not a number", e);
        }
    }

    private static String requiredAttribute(Element element, String name) {
        String value = element.getAttribute(name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an <" + localName(element) + "> has no " + name + " attribute");
        }
        return value;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    static String networkName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The default handler prints "[Fatal Error]" to stderr before throwing; the exception alone says it all. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make the document unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
