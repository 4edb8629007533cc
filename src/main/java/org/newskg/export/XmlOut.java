package org.newskg.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A StAX writer with indentation and IOException instead of XMLStreamException. StAX escapes
 * markup characters; text reaching here has been through {@link Text} for the rest.
 */
final class XmlOut {
    private final XMLStreamWriter w;
    private int depth;
    private boolean textInside;

    XmlOut(OutputStream out) throws IOException {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut start(String prefix, String local, String ns) throws IOException {
        try {
            indent();
            w.writeStartElement(prefix, local, ns);
            depth++;
            textInside = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut empty(String prefix, String local, String ns) throws IOException {
        try {
            indent();
            w.writeEmptyElement(prefix, local, ns);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut ns(String prefix, String ns) throws IOException {
        try {
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(ns);
            } else {
                w.writeNamespace(prefix, ns);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An attribute; null values are left out. */
    XmlOut attr(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut text(String s) throws IOException {
        try {
            w.writeCharacters(s);
            textInside = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut end() throws IOException {
        try {
            depth--;
            if (!textInside) {
                indent();
            }
            textInside = false;
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    void finish() throws IOException {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
