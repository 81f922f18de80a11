package org.tradedesk.taxes.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tradedesk.reporting.PdfRenderer;

/** Wires the documents without Spring, as the application does, and reads their output back. */
final class DocumentsTestSupport {

    private DocumentsTestSupport() {
    }

    static TaxDocuments documents() {
        return documents(null);
    }

    /** As the application wires them: the shared renderer with {@code upgrade} as the modules' stored-message upgrade. */
    static TaxDocuments documents(org.tradedesk.platform.StoredMessageUpgrade upgrade) {
        return wired(new org.tradedesk.platform.BusinessCalendar(java.time.Clock.systemUTC(), java.time.ZoneId.of("Asia/Taipei")), upgrade);
    }

    /** As the application wires them, dating letters by {@code calendar} (no stored-message upgrades). */
    static TaxDocuments datedBy(org.tradedesk.platform.BusinessCalendar calendar) {
        return wired(calendar, null);
    }

    private static TaxDocuments wired(org.tradedesk.platform.BusinessCalendar calendar, org.tradedesk.platform.StoredMessageUpgrade upgrade) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/taxes");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        org.springframework.beans.factory.support.DefaultListableBeanFactory beans = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
        if (upgrade != null) {
            beans.registerSingleton("upgrade", upgrade);
        }
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(messages,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()), beans.getBeanProvider(org.tradedesk.platform.StoredMessageUpgrade.class));
        return new TaxDocuments(messages, new PdfRenderer(engine), calendar, texts);
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row whose cell in {@code column} reads {@code label}. */
    static Row rowLabelled(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().startsWith(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label + " in column " + column + " of sheet " + sheet.getSheetName());
    }

    /** The column whose header cell (any row) reads {@code label}. */
    static int columnHeaded(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column headed " + label + " in sheet " + sheet.getSheetName());
    }

    /** Evaluates the cell freshly (ignoring the cached result) and returns its number. */
    static double evaluate(FormulaEvaluator evaluator, Cell cell) {
        evaluator.clearAllCachedResultValues();
        return evaluator.evaluate(cell).getNumberValue();
    }
}
