package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.persistence.EligibilityStore.ListRow;
import org.tradedesk.tariff.persistence.EligibilityStore.MemberRow;

/** The bundled country lists read as the sources have them; a malformed row stops the import with its line. */
class EligibilityImporterTest {

    private static String bundled(String path) throws IOException {
        try (var in = EligibilityImporterTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledListsHoldTheForumIslandCountriesOfScheduleOnePartOne() throws IOException {
        List<ListRow> lists = EligibilityImporter.parseLists(bundled(EligibilityImporter.LISTS));
        List<MemberRow> members = EligibilityImporter.parseMembers(bundled(EligibilityImporter.MEMBERS));
        // every Schedule 3 code and FTA schedule the catalogue maps has its list
        assertThat(lists).extracting(ListRow::code).contains("FI", "LDC", "DC", "DCS", "DCT", "NZ", "PG", "CA", "SG", "MY", "SAFTA",
                "AUSFTA", "TAFTA", "Peru", "ACI-FTA", "AANZFTA", "PACER", "CPTPP", "MAFTA", "IA-CEPA", "KAFTA", "AI-ECTA", "JAEPA",
                "ChAFTA", "HK-FTA", "RCEP", "A-UKFTA", "UAE-CEPA", "TW_COLUMN_II");
        // ABF, Schedule 1 Part 1: Cook Islands, Fiji, Kiribati, Marshall Islands, Micronesia, Nauru, Niue, Papua New Guinea,
        // Samoa, Solomon Islands, Tonga, Tuvalu, Vanuatu
        assertThat(members.stream().filter(m -> m.listCode().equals("FI")).map(MemberRow::country).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CK", "FJ", "KI", "MH", "FM", "NR", "NU", "PG", "WS", "SB", "TO", "TV", "VU");
        assertThat(members).filteredOn(m -> m.listCode().equals("DCS")).as("no DCS member could be confirmed: all shipped to confirm")
                .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo("TO_CONFIRM"));
        assertThat(members).filteredOn(m -> m.listCode().equals("RCEP") && m.country().equals("ID")).singleElement()
                .satisfies(m -> assertThat(m.validFrom()).hasToString("2023-01-02"));
        // Germany and France are WTO members, so on Taiwan's column I list (關稅法 §5), and on no preference list
        assertThat(members).filteredOn(m -> !m.listCode().equals("TW_COLUMN_I")).extracting(MemberRow::country)
                .as("Germany and France are on no preference list").doesNotContain("DE", "FR");
        assertThat(members).filteredOn(m -> m.listCode().equals("TW_COLUMN_I")).extracting(MemberRow::country).contains("DE", "FR");
    }

    @Test
    void aMalformedRowNamesItsLine() {
        String text = "jurisdiction\tlist_code\tcountry\tvalid_from\tvalid_to\tstatus\tsource\nAU\tDCS\tVN\t2026-13-01\t\tCONFIRMED\tx\n";
        assertThatThrownBy(() -> EligibilityImporter.parseMembers(text)).hasMessageContaining("line 2");
    }
}
