package org.tradedesk.clearance.messages;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Document;

/**
 * XML read safely: no DTD (a DOCTYPE is refused, so no entity expansion and no external entity), no
 * external schema or stylesheet access, bounded depth and value length. Streams with StAX and hands each
 * element's path (local names, e.g. {@code /Invoice/InvoiceLine/Item/Name}) to a handler, so memory stays
 * flat whatever the number of lines.
 */
final class SecureXml {

    private SecureXml() {
    }

    interface Handler {
        /** An element opened; {@code r} is positioned on it (read attributes here). */
        default void start(String path, XMLStreamReader r) {
        }

        /** An element closed with its trimmed text ({@code ""} when it had none). */
        void end(String path, String text, String where);
    }

    /** Configured once; creating readers from a configured factory is thread-safe in the JDK implementation. */
    private static final XMLInputFactory FACTORY = newInputFactory();

    static XMLInputFactory inputFactory() {
        return FACTORY;
    }

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** The local name and namespace of the root element, or refuses the file as malformed XML. */
    static String[] root(byte[] content) {
        XMLStreamReader r = null;
        try {
            r = inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw dtd(r);
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    return new String[] {r.getLocalName(), ns == null ? "" : ns};
                }
            }
            throw new UnreadableMessage(MessageText.of("clearance.xml.no-root"), "line 1", "no root element");
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(r);
        }
    }

    static void walk(byte[] content, Handler handler) {
        XMLStreamReader r = null;
        Deque<String> paths = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        try {
            r = inputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                int e = r.next();
                switch (e) {
                    case XMLStreamConstants.DTD -> throw dtd(r);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableMessage(
                            MessageText.of("clearance.xml.entity-refused", MessageText.Arg.literal(r.getLocalName())),
                            where(r, paths.peek()), "entity reference " + r.getLocalName());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (paths.size() >= MessageLimits.MAX_XML_DEPTH) {
                            throw new UnreadableMessage(MessageText.of("clearance.xml.too-deep",
                                    MessageText.Arg.number(MessageLimits.MAX_XML_DEPTH)), where(r, paths.peek()), "too deep");
                        }
                        String path = (paths.isEmpty() ? "" : paths.peek()) + "/" + r.getLocalName();
                        paths.push(path);
                        text.setLength(0);
                        handler.start(path, r);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + r.getTextLength() > MessageLimits.MAX_VALUE_CHARS) {
                            throw new UnreadableMessage(MessageText.of("clearance.xml.value-too-long",
                                    MessageText.Arg.number(MessageLimits.MAX_VALUE_CHARS)), where(r, paths.peek()), "value too long");
                        }
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String path = paths.pop();
                        handler.end(path, text.toString().strip(), where(r, path));
                        text.setLength(0);
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(r);
        }
    }

    /** A DOM document for small messages (responses, declarations read back): same protections. */
    static Document document(byte[] content) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(content));
        } catch (org.xml.sax.SAXParseException e) {
            throw new UnreadableMessage(malformedReason(e.getMessage()),
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber(), e.getMessage());
        } catch (org.xml.sax.SAXException | java.io.IOException | ParserConfigurationException e) {
            throw new UnreadableMessage(malformedReason(e.getMessage()), "", e.getMessage());
        }
    }

    static String where(XMLStreamReader r, String path) {
        return "line " + r.getLocation().getLineNumber() + (path == null ? "" : ", " + path);
    }

    private static UnreadableMessage dtd(XMLStreamReader r) {
        return new UnreadableMessage(MessageText.of("clearance.xml.dtd-refused"),
                "line " + r.getLocation().getLineNumber(), "DOCTYPE refused");
    }

    private static UnreadableMessage malformed(XMLStreamException e) {
        String where = e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new UnreadableMessage(malformedReason(e.getMessage()), where, e.getMessage());
    }

    private static final java.util.regex.Pattern END_TAG = java.util.regex.Pattern.compile(
            "element type \"([^\"]{1,100})\" must be terminated by the matching end-tag");
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("attribute \"([^\"]{1,100})\"");

    /**
     * Why the XML is not well-formed, classified from the parser's report (the JDK's StAX and DOM parsers) into a
     * message of our own in the reader's language ({@code clearance.xml.fault.*}) — never the parser's English text,
     * which goes to the log only. The line and column travel as the location.
     */
    static MessageText malformedReason(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        java.util.regex.Matcher end = END_TAG.matcher(m);
        MessageText fault;
        if (end.find()) {
            fault = MessageText.of("clearance.xml.fault.end-tag", MessageText.Arg.literal(end.group(1)));
        } else if (m.contains("must start and end within the same entity") || m.contains("Premature end of file")
                || m.contains("end of file") || m.contains("Unexpected EOF")) {
            fault = MessageText.of("clearance.xml.fault.truncated");
        } else if (m.contains("Content is not allowed in prolog")) {
            fault = MessageText.of("clearance.xml.fault.before-root");
        } else if (m.contains("following the root element")) {
            fault = MessageText.of("clearance.xml.fault.after-root");
        } else if (m.contains("'&'") || m.contains("entity reference")) {
            fault = MessageText.of("clearance.xml.fault.ampersand");
        } else if (m.contains("quote is expected for attribute") || m.contains("must be followed by the ' = ' character")
                || m.contains("must be followed by either attribute specifications")) {
            java.util.regex.Matcher a = ATTRIBUTE.matcher(m);
            fault = a.find() ? MessageText.of("clearance.xml.fault.attribute", MessageText.Arg.literal(a.group(1)))
                    : MessageText.of("clearance.xml.fault.attribute-unnamed");
        } else if (m.contains("invalid XML character") || m.contains("Invalid byte") || m.contains("Invalid UTF-8")) {
            fault = MessageText.of("clearance.xml.fault.character");
        } else if (m.contains("PrefixUnbound") || m.contains("prefix") && m.contains("not bound")) {
            fault = MessageText.of("clearance.xml.fault.prefix");
        } else {
            fault = MessageText.of("clearance.xml.fault.other");
        }
        return MessageText.of("clearance.xml.malformed", MessageText.Arg.message(fault));
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held open: the input is a byte array
            }
        }
    }
}
