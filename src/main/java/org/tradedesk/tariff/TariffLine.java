package org.tradedesk.tariff;

/** A line of the nomenclature (chapter, heading, subheading, item, statistical line). */
public record TariffLine(String code, String dottedCode, String level, String descriptionEn, String descriptionZh, String unit) {
}
