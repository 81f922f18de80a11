package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.shared.Incoterm;

/**
 * An import declaration as lodged with a customs administration, independent of the message that carries
 * it (CUSDEC D99B for Australia, the single-window XML for Taiwan, WCO Data Model XML): the header and its
 * items. Amounts: {@code invoiceTotal}, {@code freight} and {@code insurance} in the invoice
 * {@code currency}; customs values, duties and taxes in the {@code localCurrency} of the administration
 * (AUD, TWD), converted at {@code exchangeRate} (local units per one invoice currency unit). Duty and tax
 * figures come from the tax engine; this record only carries them.
 *
 * <p>Versions: the first lodgement is version 1 with {@link FunctionCode#ORIGINAL} (9); an amendment is a
 * new record, {@link #amended}, with the next version and {@link FunctionCode#AMENDMENT} (4) — the earlier
 * version is kept unchanged by whoever holds it.
 */
public record DeclarationMessage(
        String jurisdiction,
        String reference,
        int version,
        FunctionCode functionCode,
        LocalDate declarationDate,
        Party declarant,
        Party importer,
        Party exporter,
        TransportMode transportMode,
        String loadingPort,
        String dischargePort,
        LocalDate arrivalDate,
        Incoterm incoterm,
        String valuationBasis,
        String currency,
        BigDecimal exchangeRate,
        String localCurrency,
        BigDecimal invoiceTotal,
        BigDecimal freight,
        BigDecimal insurance,
        BigDecimal customsValueTotal,
        BigDecimal dutiesAndTaxesTotal,
        Integer packages,
        BigDecimal grossMassKg,
        List<DeclarationItem> items,
        TaiwanParticulars taiwan,
        Transport transport,
        ExportParticulars export,
        List<org.tradedesk.shared.MessageText> notComputed,
        List<EngineInput> engineInputs) {

    public DeclarationMessage {
        items = items == null ? List.of() : List.copyOf(items);
        transport = transport == null || transport.transportDocumentNumber() == null && transport.journeyId() == null ? null : transport;
        notComputed = notComputed == null ? List.of() : List.copyOf(notComputed);
        engineInputs = engineInputs == null ? List.of() : List.copyOf(engineInputs);
    }

    /**
     * What the coordinator gave the tax engine for item {@code item} beyond the invoice (acceptance review of issue 8, 1 and 3),
     * kept with the draft so an alternative or a dispute of the file costs the lines on the same inputs: the chain's rates
     * typed ({@code measures}, e.g. {@code commodityTax=25%}), the volume in litres and the strength in %vol. No message
     * carries them.
     */
    public record EngineInput(int item, java.util.Map<String, String> measures, BigDecimal litres, BigDecimal alcoholByVolume) {
        public EngineInput {
            measures = measures == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        }

        /** Whether it gives anything. */
        public boolean given() {
            return !measures.isEmpty() || litres != null || alcoholByVolume != null;
        }
    }

    /**
     * The same declaration with the taxes the engine could not compute for it (acceptance review of issue 8, 1: 貨物稅 of a car
     * whose rate the engine cannot tell was left out silently): the engine's notes ({@code TaxResult#notComputed}), each naming
     * the item (the engine's line number is the item's sequence), the tax and what to give. Validation makes each an ERROR.
     */
    public DeclarationMessage withEngine(List<org.tradedesk.shared.MessageText> notes, List<EngineInput> inputs) {
        return copy(p -> {
            p.notComputed = notes;
            p.engineInputs = inputs;
        });
    }

    /**
     * The parts of a declaration, to copy it with some changed ({@link #copy}): the one place that lists every component
     * for a copy (t4fixAC 5: five copy methods each listed the thirty, and a read-back bug slipped in that way).
     */
    private static final class Parts {
        String jurisdiction;
        String reference;
        int version;
        FunctionCode functionCode;
        LocalDate declarationDate;
        Party declarant;
        Party importer;
        Party exporter;
        TransportMode transportMode;
        String loadingPort;
        String dischargePort;
        LocalDate arrivalDate;
        Incoterm incoterm;
        String valuationBasis;
        String currency;
        BigDecimal exchangeRate;
        String localCurrency;
        BigDecimal invoiceTotal;
        BigDecimal freight;
        BigDecimal insurance;
        BigDecimal customsValueTotal;
        BigDecimal dutiesAndTaxesTotal;
        Integer packages;
        BigDecimal grossMassKg;
        List<DeclarationItem> items;
        TaiwanParticulars taiwan;
        Transport transport;
        ExportParticulars export;
        List<org.tradedesk.shared.MessageText> notComputed;
        List<EngineInput> engineInputs;

        Parts(DeclarationMessage d) {
            jurisdiction = d.jurisdiction;
            reference = d.reference;
            version = d.version;
            functionCode = d.functionCode;
            declarationDate = d.declarationDate;
            declarant = d.declarant;
            importer = d.importer;
            exporter = d.exporter;
            transportMode = d.transportMode;
            loadingPort = d.loadingPort;
            dischargePort = d.dischargePort;
            arrivalDate = d.arrivalDate;
            incoterm = d.incoterm;
            valuationBasis = d.valuationBasis;
            currency = d.currency;
            exchangeRate = d.exchangeRate;
            localCurrency = d.localCurrency;
            invoiceTotal = d.invoiceTotal;
            freight = d.freight;
            insurance = d.insurance;
            customsValueTotal = d.customsValueTotal;
            dutiesAndTaxesTotal = d.dutiesAndTaxesTotal;
            packages = d.packages;
            grossMassKg = d.grossMassKg;
            items = d.items;
            taiwan = d.taiwan;
            transport = d.transport;
            export = d.export;
            notComputed = d.notComputed;
            engineInputs = d.engineInputs;
        }

        DeclarationMessage build() {
            return new DeclarationMessage(jurisdiction, reference, version, functionCode, declarationDate, declarant, importer, exporter,
                    transportMode, loadingPort, dischargePort, arrivalDate, incoterm, valuationBasis, currency, exchangeRate,
                    localCurrency, invoiceTotal, freight, insurance, customsValueTotal, dutiesAndTaxesTotal, packages, grossMassKg, items,
                    taiwan, transport, export, notComputed, engineInputs);
        }
    }

    /** This declaration with the parts {@code change} sets, every other part as it is. */
    private DeclarationMessage copy(java.util.function.Consumer<Parts> change) {
        Parts p = new Parts(this);
        change.accept(p);
        return p.build();
    }

    /** An import declaration (no export particulars): as every declaration was built before exports (t4exp). */
    public DeclarationMessage(String jurisdiction, String reference, int version, FunctionCode functionCode, LocalDate declarationDate,
            Party declarant, Party importer, Party exporter, TransportMode transportMode, String loadingPort, String dischargePort,
            LocalDate arrivalDate, Incoterm incoterm, String valuationBasis, String currency, BigDecimal exchangeRate,
            String localCurrency, BigDecimal invoiceTotal, BigDecimal freight, BigDecimal insurance, BigDecimal customsValueTotal,
            BigDecimal dutiesAndTaxesTotal, Integer packages, BigDecimal grossMassKg, List<DeclarationItem> items,
            TaiwanParticulars taiwan, Transport transport) {
        this(jurisdiction, reference, version, functionCode, declarationDate, declarant, importer, exporter, transportMode, loadingPort,
                dischargePort, arrivalDate, incoterm, valuationBasis, currency, exchangeRate, localCurrency, invoiceTotal, freight,
                insurance, customsValueTotal, dutiesAndTaxesTotal, packages, grossMassKg, items, taiwan, transport, (ExportParticulars) null);
    }

    /**
     * What an export declaration carries beyond the common header (t4exp; null on an import declaration): the day the goods
     * leave ({@code exportDate}: CUSDEC {@code DTM+129} exportation date, Taiwan's 出口日期), the country of destination
     * ({@code destinationCountry}, ISO alpha-2: CUSDEC {@code LOC+28}) and the consignee abroad ({@code consignee}: CUSDEC
     * {@code NAD+CN}). On an export the exporter is the declaring trader (its id and name required), the header's customs
     * value total and each item's customs value are the FOB value in the local currency (CUSDEC {@code MOA+63}, Taiwan's
     * 離岸價格), and {@code dutiesAndTaxesTotal} the only charge: Taiwan's 推廣貿易服務費 (0.04 % of FOB), nothing in Australia.
     */
    public record ExportParticulars(LocalDate exportDate, String destinationCountry, Party consignee) {
    }

    /** True for an export declaration (it has {@link ExportParticulars}). */
    public boolean forExport() {
        return export != null;
    }

    /** This declaration as an export declaration with these particulars. */
    public DeclarationMessage withExport(ExportParticulars e) {
        return copy(p -> p.export = e);
    }

    /** A declaration, import or export, whose every duty and tax the engine computed (read back from a message). */
    public DeclarationMessage(String jurisdiction, String reference, int version, FunctionCode functionCode, LocalDate declarationDate,
            Party declarant, Party importer, Party exporter, TransportMode transportMode, String loadingPort, String dischargePort,
            LocalDate arrivalDate, Incoterm incoterm, String valuationBasis, String currency, BigDecimal exchangeRate,
            String localCurrency, BigDecimal invoiceTotal, BigDecimal freight, BigDecimal insurance, BigDecimal customsValueTotal,
            BigDecimal dutiesAndTaxesTotal, Integer packages, BigDecimal grossMassKg, List<DeclarationItem> items,
            TaiwanParticulars taiwan, Transport transport, ExportParticulars export) {
        this(jurisdiction, reference, version, functionCode, declarationDate, declarant, importer, exporter, transportMode, loadingPort,
                dischargePort, arrivalDate, incoterm, valuationBasis, currency, exchangeRate, localCurrency, invoiceTotal, freight,
                insurance, customsValueTotal, dutiesAndTaxesTotal, packages, grossMassKg, items, taiwan, transport, export, null, null);
    }

    /** A declaration that names no transport document nor journey (built before they were carried; the tests' samples). */
    public DeclarationMessage(String jurisdiction, String reference, int version, FunctionCode functionCode, LocalDate declarationDate,
            Party declarant, Party importer, Party exporter, TransportMode transportMode, String loadingPort, String dischargePort,
            LocalDate arrivalDate, Incoterm incoterm, String valuationBasis, String currency, BigDecimal exchangeRate,
            String localCurrency, BigDecimal invoiceTotal, BigDecimal freight, BigDecimal insurance, BigDecimal customsValueTotal,
            BigDecimal dutiesAndTaxesTotal, Integer packages, BigDecimal grossMassKg, List<DeclarationItem> items,
            TaiwanParticulars taiwan) {
        this(jurisdiction, reference, version, functionCode, declarationDate, declarant, importer, exporter, transportMode, loadingPort,
                dischargePort, arrivalDate, incoterm, valuationBasis, currency, exchangeRate, localCurrency, invoiceTotal, freight,
                insurance, customsValueTotal, dutiesAndTaxesTotal, packages, grossMassKg, items, taiwan, null);
    }

    /**
     * The shipment's transport document and journey as the Australian CUSDEC carries them (t4fixL; Taiwan's message carries
     * the same two in {@link TaiwanParticulars}): {@code transportDocumentNumber} the master bill of lading or air waybill
     * number (an..35), {@code journeyId} the vessel's voyage or the flight number (the conveyance reference, an..17). Null
     * when the file names neither.
     */
    public record Transport(String transportDocumentNumber, String journeyId) {
    }

    /** This declaration naming the shipment's transport document and journey (null: none). */
    public DeclarationMessage withTransport(Transport t) {
        return copy(p -> p.transport = t);
    }

    /** A declaration without Taiwan's single-window particulars (Australia, WCO; a Taiwan one then lacks them and validation says so). */
    public DeclarationMessage(String jurisdiction, String reference, int version, FunctionCode functionCode, LocalDate declarationDate,
            Party declarant, Party importer, Party exporter, TransportMode transportMode, String loadingPort, String dischargePort,
            LocalDate arrivalDate, Incoterm incoterm, String valuationBasis, String currency, BigDecimal exchangeRate,
            String localCurrency, BigDecimal invoiceTotal, BigDecimal freight, BigDecimal insurance, BigDecimal customsValueTotal,
            BigDecimal dutiesAndTaxesTotal, Integer packages, BigDecimal grossMassKg, List<DeclarationItem> items) {
        this(jurisdiction, reference, version, functionCode, declarationDate, declarant, importer, exporter, transportMode, loadingPort,
                dischargePort, arrivalDate, incoterm, valuationBasis, currency, exchangeRate, localCurrency, invoiceTotal, freight,
                insurance, customsValueTotal, dutiesAndTaxesTotal, packages, grossMassKg, items, null, null);
    }

    /**
     * What Taiwan's single-window declaration needs beyond the common header (field list {@code N5135_fields.tsv}, each
     * mandatory there): 主提單號碼 ({@code /Declaration/Consignment/TransportContractDocument/ID}, an..35: the master B/L or
     * AWB number), 船舶航次／航機班次 ({@code Consignment/BorderTransportMeans/JourneyID}, an..12), 卸存地點代碼
     * ({@code Consignment/GoodsLocation/ID}, an..8), 件數單位 ({@code GoodsShipment/Consignment/Packaging/TypeCode}, an..3),
     * 專責報關人員代號 ({@code RepresentativePerson/Name}, an5), the importer's 身分識別代碼 ({@code Importer/tw_TypeCode},
     * an..3), 中文名稱 ({@code Importer/tw_ChineseName}, an..70, optional), 英文地址 ({@code Importer/Address/Line}, an..120) and
     * 海關稅費繳納方式代碼 ({@code DutyTaxFee/tw_DutyMethodCode}, an1). The importer's English name is the importer party's name.
     */
    public record TaiwanParticulars(String transportDocumentId, String journeyId, String goodsLocationId, String packageTypeCode,
            String representativeId, String importerTypeCode, String importerChineseName, String importerAddress,
            String dutyMethodCode) {

        public static TaiwanParticulars none() {
            return new TaiwanParticulars(null, null, null, null, null, null, null, null, null);
        }
    }

    /** Message function (UN/EDIFACT 1225; WCO data element 017). */
    public enum FunctionCode {
        ORIGINAL("9"), AMENDMENT("4");

        private final String code;

        FunctionCode(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static FunctionCode ofCode(String code) {
            for (FunctionCode f : values()) {
                if (f.code.equals(code)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("function code " + code);
        }
    }

    /** Mode of transport at the border, with its UN/ECE Recommendation 19 code (EDIFACT 8067, WCO 3/… TypeCode). */
    public enum TransportMode {
        SEA("1"), AIR("4"), POST("5"), EXPRESS("4");

        private final String rec19;

        TransportMode(String rec19) {
            this.rec19 = rec19;
        }

        public String rec19() {
            return rec19;
        }

        /**
         * The mode a read-back message's Rec. 19 code stands for: 1 sea, 5 post, any other (4 air, which express shares) air;
         * null for none.
         */
        public static TransportMode ofRec19(String code) {
            return code == null ? null : switch (code) {
                case "1" -> SEA;
                case "5" -> POST;
                default -> AIR;
            };
        }
    }

    /** A party: its identifier at customs (ABN/CCID, 統一編號, EORI …), name and ISO country. */
    public record Party(String id, String name, String country) {
    }

    /**
     * One item (line) of the declaration. {@code tariffCode}: Australia 8 digits with the 2-digit
     * {@code statisticalCode} separate; Taiwan the 11-character CCC code (8-digit tariff, 2 statistical, 1
     * check) with {@code statisticalCode} null. {@code preferenceClaimed} names the agreement (e.g.
     * {@code ChAFTA}, {@code ECFA}) or is null for the general rate.
     */
    public record DeclarationItem(
            int sequence,
            String description,
            String tariffCode,
            String statisticalCode,
            String originCountry,
            String preferenceClaimed,
            BigDecimal quantity,
            String unitCode,
            BigDecimal netMassKg,
            BigDecimal invoiceAmount,
            BigDecimal customsValue,
            List<DutyTax> dutiesAndTaxes,
            ItemSource source) {

        public DeclarationItem {
            dutiesAndTaxes = dutiesAndTaxes == null ? List.of() : List.copyOf(dutiesAndTaxes);
        }

        /** An item without its source (read back from a message, which does not carry it; built before sources were kept). */
        public DeclarationItem(int sequence, String description, String tariffCode, String statisticalCode, String originCountry,
                String preferenceClaimed, BigDecimal quantity, String unitCode, BigDecimal netMassKg, BigDecimal invoiceAmount,
                BigDecimal customsValue, List<DutyTax> dutiesAndTaxes) {
            this(sequence, description, tariffCode, statisticalCode, originCountry, preferenceClaimed, quantity, unitCode, netMassKg,
                    invoiceAmount, customsValue, dutiesAndTaxes, null);
        }

        /** Its code as the administration of {@code jurisdiction} writes it ({@code 0902.10.00.00-4}, {@code 2208.30.00/32}). */
        public String tariffShown(org.tradedesk.tariff.Jurisdiction jurisdiction) {
            return org.tradedesk.clearance.domain.TariffCodeFormat.shown(jurisdiction, tariffCode, statisticalCode);
        }

        /** The same item with other duties and taxes (its source kept). */
        public DeclarationItem withDutiesAndTaxes(List<DutyTax> taxes) {
            return new DeclarationItem(sequence, description, tariffCode, statisticalCode, originCountry, preferenceClaimed, quantity,
                    unitCode, netMassKg, invoiceAmount, customsValue, taxes, source);
        }
    }

    /**
     * Where an item came from, for tracing it back (the declaration's page, the API): the commercial invoice — our document
     * id and the invoice's own number — and the line's number on that invoice. A declaration covers every confirmed invoice
     * of the file, its items numbered on across them; the standard messages do not carry it (null when read back from one).
     */
    public record ItemSource(Long documentId, String invoiceNumber, Integer line) {
    }

    /**
     * A duty or tax on an item, as the tax engine computed it: {@code type} the administration's code
     * (AU: {@code CUD} customs duty, {@code GST}, {@code WET}, {@code LCT}; TW: {@code DUTY}, {@code VAT}
     * 營業稅, {@code COMMODITY} 貨物稅, {@code TPF} 推廣貿易服務費), {@code rate} in percent when ad valorem.
     */
    public record DutyTax(String type, BigDecimal rate, BigDecimal base, BigDecimal amount) {
    }

    /**
     * This declaration with its items' sources, the engine's gaps and the inputs typed for it left out: what a standard message
     * carries of it (read back from one).
     */
    public DeclarationMessage withoutSources() {
        return copy(p -> {
            p.items = items.stream().map(it -> new DeclarationItem(it.sequence(), it.description(), it.tariffCode(), it.statisticalCode(),
                    it.originCountry(), it.preferenceClaimed(), it.quantity(), it.unitCode(), it.netMassKg(), it.invoiceAmount(),
                    it.customsValue(), it.dutiesAndTaxes())).toList();
            p.notComputed = null;
            p.engineInputs = null;
        });
    }

    /** The next version of this declaration, to be lodged as an amendment (function code 4). */
    public DeclarationMessage amended(LocalDate date, List<DeclarationItem> newItems, BigDecimal newCustomsValueTotal,
            BigDecimal newDutiesAndTaxesTotal) {
        return copy(p -> {
            p.version = version + 1;
            p.functionCode = FunctionCode.AMENDMENT;
            p.declarationDate = date;
            p.customsValueTotal = newCustomsValueTotal;
            p.dutiesAndTaxesTotal = newDutiesAndTaxesTotal;
            p.items = newItems;
            p.notComputed = null;
        });
    }
}
