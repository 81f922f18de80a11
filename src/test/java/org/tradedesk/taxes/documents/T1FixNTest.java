package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.domain.TariffMeasureSource;
import tools.jackson.databind.JsonNode;

/**
 * Acceptance review t1fixN (MAJOR): the README's AU example (22042100, not in the tariff, duty typed 5 %, US origin with AUSFTA
 * typed Free) saved while the AU tariff was still loading was stored complete; once the tariff had loaded it was approved while
 * its letter (no DRAFT mark) said INCOMPLETE and left out the wine equalisation tax. The gate and the letter now agree.
 */
class T1FixNTest extends T1ReviewTestSupport {

    static final String README_EXAMPLE = """
            {"clientId":null,"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"USD","incoterm":"FOB","foreignPerLocalRate":0.65,
             "freight":300,"insurance":20,
             "lines":[{"description":"Shiraz 750 ml x 600","tariffCode":"22042100","origin":"US","value":4200,
                       "litres":450,"alcoholByVolume":14.5,"measures":{"duty":"5%"},
                       "options":[{"scheme":"AUSFTA","duty":"Free","requires":"proof of origin"}]}]}}""";

    @MockitoSpyBean
    TariffMeasureSource tariffSource;

    @Test
    void aResultSavedCompleteWhileTheTariffWasLoadingIsNotApprovedOnceItsLetterSaysIncomplete() throws Exception {
        // the AU tariff not yet loaded: the catalogue's answer for any code is "no data" (CatalogueTariffSource, no active version)
        doReturn(Optional.of(MessageText.of("taxes.reason.code.not-in-tariff.no-data", MessageText.Arg.literal("AU"))))
                .when(tariffSource).whyNoMeasures(eq("AU"), any(), any());
        JsonNode saved;
        try {
            saved = saveCalculation(README_EXAMPLE);
        } finally {
            reset(tariffSource);
        }
        // as stored: complete (the finding's starting point)
        assertThat(saved.get("result").get("complete").asBoolean()).as(saved.toString()).isTrue();
        String id = saved.get("id").asString();
        // the tariff loaded: the letter recommends AUSFTA and says the WET is left out
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("INCOMPLETE").contains("Wine equalisation tax");
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        String managerPage = mvc.perform(get("/taxes/calculations/" + id).with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(managerPage).doesNotContain("id=\"approve\"");
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("taxes.calculation.approve-incomplete");
        // still SUBMITTED, so the letter stays a draft
        String after = mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(after).get("status").asString()).isEqualTo("SUBMITTED");
    }

    /**
     * Code read of t1fixN: approved while the tariff still answered "no data" (so its letter was complete then), the advice is
     * not mailed once the loaded tariff makes its letter leave out the WET: the send refuses it (409), not only the page's
     * hidden form; the calculation stays APPROVED. (Before, the send went on to its next check: no client, 400.)
     */
    @Test
    void anApprovedAdviceWhoseLetterNowLeavesOutATaxIsNotSent() throws Exception {
        doReturn(Optional.of(MessageText.of("taxes.reason.code.not-in-tariff.no-data", MessageText.Arg.literal("AU"))))
                .when(tariffSource).whyNoMeasures(eq("AU"), any(), any());
        String id;
        try {
            id = saveCalculation(README_EXAMPLE).get("id").asString();
            mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
            mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER)).andExpect(status().isOk());
        } finally {
            reset(tariffSource);
        }
        String refused = mvc.perform(post("/taxes/calculations/" + id + "/send").param("contactId", "1").with(MANAGER)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("This advice cannot be sent");
        String after = mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(after).get("status").asString()).isEqualTo("APPROVED");
    }
}
