package org.backhabit.catalog.service;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an uploaded SVG is a plain drawing: well-formed XML with an {@code svg} root,
 * no DTD, no scripts or event handlers, no embedded HTML, no links to anything outside the file.
 * Served SVGs also carry a CSP that blocks scripts; this keeps unsafe files out of the store.
 */
public final class SvgSafety {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "audio", "video");

    private SvgSafety() {
    }

    /** @return why the file is refused, or empty when it is a plain drawing */
    public static Optional<String> problem(byte[] svg) {
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(svg)).getDocumentElement();
        } catch (SAXException | IOException e) {
            return Optional.of("is not well-formed SVG without a DOCTYPE");
        }
        if (!"svg".equals(root.getLocalName())) {
            return Optional.of("the root element must be <svg>");
        }
        return check(root);
    }

    private static Optional<String> check(Element element) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            return Optional.of("contains <" + element.getLocalName() + ">");
        }
        if ("style".equals(name) && element.getTextContent().toLowerCase(Locale.ROOT).matches("(?s).*(@import|url\\(\\s*['\"]?[^#'\"\\s]).*")) {
            return Optional.of("a <style> loads something from outside the file");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = (attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName()).toLowerCase(Locale.ROOT);
            String value = attribute.getNodeValue().trim().toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on")) {
                return Optional.of("has an event handler attribute (" + attribute.getNodeName() + ")");
            }
            if ("href".equals(attributeName) && !value.startsWith("#")) {
                return Optional.of("links outside the file (" + attribute.getNodeName() + ")");
            }
            if (value.contains("javascript:") || value.matches("(?s).*url\\(\\s*['\"]?[^#'\"\\s].*")) {
                return Optional.of("an attribute refers outside the file (" + attribute.getNodeName() + ")");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                Optional<String> problem = check(child);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
