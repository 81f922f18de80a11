package org.tradedesk.clearance.messages;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting XML writer over the JDK's StAX writer (escaping done by StAX); null values are skipped. */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;
    private int depth;
    private boolean leaf;

    XmlOut() {
        try {
            w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut open(String name) {
        return open(null, name, null);
    }

    XmlOut open(String prefix, String name, String namespace) {
        try {
            indent();
            if (prefix != null) {
                w.writeStartElement(prefix, name, namespace == null ? "" : namespace);
            } else {
                w.writeStartElement(name);
            }
            depth++;
            leaf = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut namespace(String prefix, String uri) {
        try {
            if (prefix == null) {
                w.writeDefaultNamespace(uri);
            } else {
                w.writeNamespace(prefix, uri);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attribute(String name, String value) {
        try {
            if (value != null) {
                w.writeAttribute(name, value);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut close() {
        try {
            depth--;
            if (!leaf) {
                indent();
            }
            w.writeEndElement();
            leaf = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut el(String name, Object value) {
        return el(null, name, null, value, null, null);
    }

    XmlOut el(String name, BigDecimal value, String attribute, String attributeValue) {
        return el(null, name, null, value, attribute, attributeValue);
    }

    XmlOut el(String prefix, String name, String namespace, Object value, String attribute, String attributeValue) {
        if (value == null) {
            return this;
        }
        open(prefix, name, namespace);
        attribute(attribute, attributeValue);
        try {
            w.writeCharacters(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        leaf = true;
        return close();
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    byte[] bytes() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
