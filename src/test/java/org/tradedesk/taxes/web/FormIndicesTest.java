package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 11: a form index that no list has ({@code lines[abc].value}, {@code lines[-1].value}) made the
 * binder answer 500; it is now taken out before binding and reported at the lines with the form kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormIndicesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anIndexThatIsNotANumberIsReportedAtTheLinesNotA500() throws Exception {
        for (String name : new String[] {"lines[abc].value", "lines[-1].value", "lines[0x1].value"}) {
            MvcResult r = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), "").param(name, "5")
                    .with(user("carol").roles("COORDINATOR")).with(csrf()).param("lang", "en")).andReturn();
            assertThat(r.getResponse().getStatus()).as(name).isLessThan(500);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(name).doesNotContain("Exception");
        }
    }

    /**
     * Issue 11: a gap in the indices ({@code lines[0]} and {@code lines[3]}, a row removed on the page) left empty rows
     * the page could not show and the 422 stopped mid-page. The rows sent close up in order: the page comes back whole
     * with both lines, the second one's bad value reported at line 2.
     */
    @Test
    void aGapInTheIndicesClosesUpAndThePageComesBackWhole() throws Exception {
        MvcResult r = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), "")
                .param("lines[3].description", "spare wheel").param("lines[3].value", "-5")
                .with(user("carol").roles("COORDINATOR")).with(csrf()).param("lang", "en")).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(422);
        assertThat(html).contains("</html>").contains("spare wheel").contains("Used BMW X5 xDrive35i 2013")
                .contains("name=\"lines[1].description\"").doesNotContain("name=\"lines[3].description\"");
    }

    /**
     * t1fixL 1: a row sent at an index the form never writes ({@code lines[0]} and {@code lines[300]}) closed up as the
     * form's second line while the page said "line 301 is beyond that", a line the user could not find. The row is kept
     * in its order and the error stands at the line the user sees, in both languages; nothing is saved.
     */
    @Test
    void aRowSentPastTheLimitIsKeptInItsOrderAndReportedAtTheLineTheUserSees() throws Exception {
        for (String[] lang : new String[][] {{"en", "line 2: was sent as line 301, a place this form does not have (it takes at most 200 lines)"},
                {"zh-TW", "第 2 項：送出時編為第 301 項，本表單並無此位置（最多 200 項）"}}) {
            MvcResult r = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), "")
                    .param("lines[300].description", "spare wheel").param("lines[300].value", "5")
                    .with(user("carol").roles("COORDINATOR")).with(csrf()).param("lang", lang[0])).andReturn();
            String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(html).isEqualTo(422);
            String errors = org.jsoup.Jsoup.parse(html).select("#result-errors").text();
            assertThat(errors).as(lang[0]).contains(lang[1]).doesNotContain("beyond that").doesNotContain("已超過上限");
            assertThat(html).contains("spare wheel").contains("name=\"lines[1].description\"").contains("value=\"5\"")
                    .doesNotContain("name=\"lines[300].description\"");
        }
    }
}
