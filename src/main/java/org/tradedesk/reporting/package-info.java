/**
 * Rendering shared by every module: XLSX workbooks with live formulas (Apache POI) and PDF
 * documents rendered from XHTML with fonts shipped inside the application (openhtmltopdf, Droid
 * Sans Fallback for Chinese, DejaVu Sans for Latin). Modules hand it view models — plain text,
 * {@link java.math.BigDecimal} figures and template variables — never entities. Its API is
 * {@link org.tradedesk.reporting.XlsxWorkbook} and {@link org.tradedesk.reporting.PdfRenderer}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.tradedesk.reporting;
