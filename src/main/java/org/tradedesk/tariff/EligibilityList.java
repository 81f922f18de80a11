package org.tradedesk.tariff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.shared.LocalizedText;

/** A country list with its members, every membership with its dates, status and source, for the list page. */
public record EligibilityList(Jurisdiction jurisdiction, String code, LocalizedText name, String legalSource, String sourceUrl,
        boolean toConfirm, List<Member> members) {

    public EligibilityList {
        members = List.copyOf(members);
    }

    /**
     * One membership. {@code amended} is true for a row a manager entered or ended rather than one
     * read from the bundled file; {@code amendedBy}/{@code amendedAt} say who and when.
     */
    public record Member(long id, String country, LocalDate validFrom, LocalDate validTo, boolean toConfirm, String source,
            boolean amended, String amendedBy, Instant amendedAt) {

        /**
         * The message that words this row's source in the reader's language when the source is one of the notes the bundled
         * file writes itself (not a quotation of an outside source); null otherwise (the page quotes the source as written).
         */
        public String noteCode() {
            return source == null ? null : SHIPPED_NOTES.get(source);
        }

        /**
         * This row's source in the reader's language when the bundled file wrote it itself: a {@link #noteCode()} note, or the
         * WTO membership note of Taiwan's column I rows ("WTO member from 1995-01-01 (WTO, Members and Observers, …); column I
         * by 關稅法 第5條", 165 English notes on the zh-TW page: acceptance review t1fixG 2); null for a quotation of a source.
         */
        public org.tradedesk.shared.MessageText noteMessage() {
            String code = noteCode();
            if (code != null) {
                return org.tradedesk.shared.MessageText.of(code);
            }
            java.util.regex.Matcher wto = source == null ? null : WTO_NOTE.matcher(source);
            if (wto != null && wto.matches()) {
                return org.tradedesk.shared.MessageText.of("tariff.eligibility.member-source.wto",
                        org.tradedesk.shared.MessageText.Arg.date(LocalDate.parse(wto.group(1))));
            }
            java.util.regex.Matcher dac = source == null ? null : DAC_NOTE.matcher(source);
            if (dac != null && dac.matches()) {
                return org.tradedesk.shared.MessageText.of("tariff.eligibility.member-source.dac",
                        org.tradedesk.shared.MessageText.Arg.literal(dac.group(2)));
            }
            return null;
        }

        /** The page a {@link #noteMessage()} note cites, for a link beside it; null when none. */
        public String noteUrl() {
            java.util.regex.Matcher wto = source == null ? null : WTO_NOTE.matcher(source);
            if (wto != null && wto.matches()) {
                return wto.group(2);
            }
            java.util.regex.Matcher dac = source == null ? null : DAC_NOTE.matcher(source);
            return dac != null && dac.matches() ? dac.group(1) : null;
        }
    }

    /** The bundled file's note on a column I row: the WTO membership date and the page it comes from. */
    private static final java.util.regex.Pattern WTO_NOTE = java.util.regex.Pattern.compile(
            "WTO member from (\\d{4}-\\d{2}-\\d{2}) \\(WTO, Members and Observers, (https://\\S+): membership date to check against the"
                    + " page\\); column I by 關稅法 第5條");

    /** The bundled file's note on a Schedule 1 Part 3 to 5 row (DC, DCS, DCT) held from the DAC list, to confirm (t1fixI 1). */
    private static final java.util.regex.Pattern DAC_NOTE = java.util.regex.Pattern.compile(
            "OECD DAC List of ODA Recipients \\(reporting on 2024 and 2025 flows, (https://\\S+)\\) as a stand-in for the developing countries"
                    + " of Customs Tariff Regulations 2004 Sch 1 Pt (\\d), which could not be read: membership, and the split between DCS and DCT,"
                    + " to confirm");

    private static final String AU_LDC = "UN list of least developed countries (Dec 2024); not yet checked against Customs Tariff Regulations 2004 Sch 1 Pt 2";
    private static final String TW_LDC = "UN list of least developed countries (Dec 2024); the list approved under Import Tariff General Rule 2 not yet read";
    private static final String GRADUATES = "; UN General Assembly resolution 76/8 of 24 Nov 2021 decided that it graduates from the category after a"
            + " five-year preparatory period, on 24 Nov 2026 (Xinhua/The Nation, 25 Nov 2021): listed until 2026-11-23, that the list drops it"
            + " that day to confirm";

    /** The notes of the bundled members file (reference-data/eligibility/members.tsv), each with its message. */
    private static final java.util.Map<String, String> SHIPPED_NOTES = java.util.Map.of(
            AU_LDC, "tariff.eligibility.member-source.ldc-unchecked",
            AU_LDC + GRADUATES, "tariff.eligibility.member-source.ldc-graduating",
            TW_LDC, "tariff.eligibility.member-source.tw-ldc-unchecked",
            TW_LDC + GRADUATES, "tariff.eligibility.member-source.tw-ldc-graduating");
}
