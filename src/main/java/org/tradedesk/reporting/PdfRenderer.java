package org.tradedesk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns a Thymeleaf template or a ready XHTML string into PDF bytes, with the application's own
 * fonts so Chinese survives on any machine. Templates must be well-formed XHTML (close every
 * element, {@code <br/>}, no {@code &nbsp;} — use {@code &#160;}); the renderer reports the line
 * and column where one is not. Documents may not load anything from outside (no remote images,
 * stylesheets or fonts): a template fed with client data must not be able to make the server fetch
 * URLs.
 */
@Component
public class PdfRenderer {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
        PdfFonts.quietStandardFontFallback();
    }

    private final ITemplateEngine templates;
    private final PdfFonts fonts;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = new PdfFonts(PdfRenderer.class.getClassLoader());
    }

    /**
     * Renders {@code templates/<templateName>.html} with the model (view records and texts, never
     * entities) in the given language, then lays it out as PDF.
     */
    public byte[] render(String templateName, Map<String, ?> model, Locale locale) {
        return renderXhtml(renderHtml(templateName, model, locale), templateName);
    }

    /** The same document as HTML, for a browser preview or an e-mail body. */
    public String renderHtml(String templateName, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        model.forEach(context::setVariable);
        try {
            return templates.process(templateName, context);
        } catch (TemplateEngineException e) {
            throw ReportingException.renderingFailed(templateName, e);
        }
    }

    /**
     * Lays out a well-formed XHTML document as PDF; {@code sourceName} names it in errors. A table marked
     * {@code data-keep-rows="N"} starts on a new page when its heading row and its first N body rows (all of them when it
     * has fewer) would not stand on one page: a heading is never left alone at the foot of a page (t2fixR). The document
     * is laid out, the tables checked where they fell, and laid out again with a page break before each table that
     * would have been split so; a document without such tables is laid out once.
     */
    public byte[] renderXhtml(String xhtml, String sourceName) {
        Document document = parse(xhtml, sourceName);
        injectFontStack(document);
        java.util.List<Element> kept = KeptTables.marked(document);
        try {
            // one more layout per table moved at most: a move only pushes what follows further down
            while (true) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder(document, out).buildPdfRenderer()) {
                    renderer.layout();
                    Element split = kept.isEmpty() ? null : KeptTables.firstSplit(renderer.getRootBox(), kept);
                    if (split == null) {
                        renderer.createPDF();
                        return out.toByteArray();
                    }
                    KeptTables.breakBefore(split);
                    kept.remove(split);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ReportingException.renderingFailed(sourceName, e);
        }
    }

    private PdfRendererBuilder builder(Document document, ByteArrayOutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        fonts.register(builder);
        // no line break inside an amount, a date or a code, nor before a closing or after an opening bracket (issue 6)
        builder.useUnicodeLineBreaker(new TokenKeepingLineBreaker());
        builder.useExternalResourceAccessControl(PdfRenderer::embedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfRenderer::embedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("tradedesk");
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        return builder;
    }

    /**
     * The one resource a document may load: a PNG image carried inside it as a data URI (a chart drawn by the server),
     * which fetches nothing. Every URL, file and other type stays refused.
     */
    static boolean embedded(String uri, com.openhtmltopdf.outputdevice.helper.ExternalResourceType type) {
        return type == com.openhtmltopdf.outputdevice.helper.ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/png;base64,");
    }

    private static Document parse(String xhtml, String sourceName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw ReportingException.malformedXhtml(sourceName, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw ReportingException.malformedXhtml(sourceName, -1, -1, e.getMessage(), e);
        }
    }

    /**
     * Puts the embedded font stack first in {@code <head>}, so a template that sets no font still
     * prints Chinese, and one that sets its own CSS overrides it. Every element gets it, not only the body: the
     * renderer's own style sheet gives {@code code}/{@code pre} a monospace font, printed in PDFBox's standard Courier,
     * which is never embedded (a reader without it substitutes another font). A page margin box (a page counter) is not
     * reached from here: a template that prints one names the font stack in its margin-box rule.
     */
    private static void injectFontStack(Document document) {
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI() == null ? null : XHTML_NS;
        Element head = firstChild(root, "head");
        if (head == null) {
            head = document.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        // a page margin box (the page counter) takes its font from its own rule only, which a template's @page rule for
        // the same box replaces whole: the templates name the font stack there themselves (taxes/documents/*.html)
        style.setTextContent("html, body, * { font-family: " + PdfFonts.FONT_STACK + "; }");
        head.insertBefore(style, head.getFirstChild());
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
