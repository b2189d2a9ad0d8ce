package vn.motcua.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the Declarative Services component descriptions a bundle carries ({@code OSGI-INF/*.xml}, named by its
 * {@code Service-Component} header; bnd writes them from {@code @Component}), as far as hooks need: the class, the
 * interfaces it provides and its properties. The test kit loads a bundle's hooks from them exactly as the platform's
 * Service Component Runtime registers them, and a dry run sees which hooks a jar will register. Thread-safe.
 */
public final class ComponentDescriptions {

    /**
     * One component.
     *
     * @param name           component name
     * @param implementation implementation class name
     * @param provides       service interface names
     * @param properties     properties (the first value of multi-valued ones)
     */
    public record Component(String name, String implementation, List<String> provides, Map<String, String> properties) {
        public Component {
            Objects.requireNonNull(implementation, "implementation");
            provides = List.copyOf(provides);
            properties = Map.copyOf(properties);
        }

        /** True when it provides the service interface {@code type}. */
        public boolean provides(Class<?> type) {
            return provides.contains(type.getName());
        }
    }

    private ComponentDescriptions() {
    }

    /** The paths a {@code Service-Component} header names, e.g. {@code OSGI-INF/a.xml,OSGI-INF/b.xml}. */
    public static List<String> paths(String serviceComponentHeader) {
        List<String> paths = new ArrayList<>();
        if (serviceComponentHeader != null) {
            for (String part : serviceComponentHeader.split(",")) {
                String path = part.split(";")[0].strip();
                if (!path.isEmpty()) {
                    paths.add(path.startsWith("/") ? path.substring(1) : path);
                }
            }
        }
        return paths;
    }

    /**
     * The components of one description file.
     *
     * @throws IllegalArgumentException when it is not a readable component description, naming {@code file}
     */
    public static List<Component> read(String file, InputStream xml) {
        Document document;
        try {
            document = builder().parse(xml);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not a readable component description: " + e.getMessage(), e);
        }
        List<Component> components = new ArrayList<>();
        Element root = document.getDocumentElement();
        if ("component".equals(local(root))) {
            components.add(component(root));
        } else {
            for (Element element : children(root, "component")) {
                components.add(component(element));
            }
        }
        return components;
    }

    private static Component component(Element element) {
        String implementation = children(element, "implementation").stream().findFirst()
                .map(e -> e.getAttribute("class")).orElse("");
        List<String> provides = new ArrayList<>();
        for (Element service : children(element, "service")) {
            children(service, "provide").forEach(p -> provides.add(p.getAttribute("interface")));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(element, "property")) {
            String value = property.hasAttribute("value") ? property.getAttribute("value")
                    : property.getTextContent().strip().split("\\R", 2)[0].strip();
            properties.put(property.getAttribute("name"), value);
        }
        String name = element.hasAttribute("name") ? element.getAttribute("name") : implementation;
        return new Component(name, implementation, provides, properties);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(local(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String local(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // A jar under inspection is untrusted input: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
