package org.tradedesk.clearance;

/**
 * What the customs declaration needs of the shipment that the rest of the file does not hold (Taiwan's single-window
 * declaration makes each mandatory: field list {@code N5135_fields.tsv}); each may be blank until the declaration is drafted,
 * and validation then names the one missing. {@code transportDocumentNumber}: the master bill of lading or air waybill number
 * (主提單號碼, up to 35 characters); {@code journeyId}: the vessel's voyage or the flight number (船舶航次／航機班次, up to 12);
 * {@code goodsLocation}: the code of the place the goods are unloaded and stored (卸存地點代碼, up to 8); {@code packageTypeCode}:
 * the unit of the packages (件數單位, up to 3, e.g. CTN, PLT); {@code representativeId}: the declarant's responsible customs
 * broker (專責報關人員代號, 5 characters); {@code importerTypeCode}: the importer's identity type (身分識別代碼, up to 3);
 * {@code importerEnglishName} and {@code importerAddress}: the importer's English name (up to 80) and address (up to 120) as
 * the declaration carries them; {@code dutyMethodCode}: how duties and taxes are paid (海關稅費繳納方式代碼, 1 character).
 */
public record CustomsParticulars(String transportDocumentNumber, String journeyId, String goodsLocation, String packageTypeCode,
        String representativeId, String importerTypeCode, String importerEnglishName, String importerAddress, String dutyMethodCode) {

    public static CustomsParticulars none() {
        return new CustomsParticulars(null, null, null, null, null, null, null, null, null);
    }
}
