package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The rates in force are visible to a coordinator and imported by a manager on the page; a bad file is
 * refused whole with its rows named, and nothing of it is in force afterwards. (Dates in 2031 and CHF keep
 * these rows out of the way of other tests sharing the application context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRatePageTest {

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    static final RequestPostProcessor MANAGER = user("mike").roles("MANAGER");

    static final String FILE = """
            jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source
            TW,CHF,TWD,36.125,LOCAL_PER_FOREIGN,2031-01-01,2031-01-10,關務署每旬匯率
            TW,CHF,TWD,36.5,LOCAL_PER_FOREIGN,2031-01-11,2031-01-20,關務署每旬匯率
            AU,CHF,AUD,0.5712,FOREIGN_PER_LOCAL,2031-01-01,,ABF
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aManagerImportsRatesAndACoordinatorSeesTheOnesInForceOnADateInBothLanguages() throws Exception {
        mvc.perform(multipart("/taxes/exchange-rates").file(new MockMultipartFile("file", "chf-2031.csv", "text/csv",
                        FILE.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(MANAGER))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/taxes/exchange-rates"));

        String en = page("2031-01-15", "en");
        assertThat(en).contains("Rates in force on 15 Jan 2031", "1 CHF = 36.5 TWD", "11 Jan 2031", "20 Jan 2031", "關務署每旬匯率",
                "1 AUD = 0.5712 CHF", "until replaced", "chf-2031.csv").doesNotContain("36.125");
        String zh = page("2031-01-05", "zh-TW", MANAGER);
        assertThat(zh).contains("2031/01/05 適用的匯率", "1 CHF = 36.125 TWD", "2031/01/01", "2031/01/10", "至更新為止", "匯入匯率檔")
                .doesNotContain("36.5 TWD");
        assertThat(page("2031-01-15", "zh-TW", COORDINATOR)).as("a coordinator may not import").doesNotContain("id=\"rates-import\"");
    }

    @Test
    void aBadFileIsRefusedWholeWithItsRowsNamedAndACoordinatorCannotImport() throws Exception {
        String bad = FILE.replace("36.5,", "-1,").replace("2031", "2032");
        String body = mvc.perform(multipart("/taxes/exchange-rates").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(MANAGER).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("The file was refused and nothing was imported", "Line 3, column &quot;rate&quot;: a rate of exchange must be more than 0");
        assertThat(page("2032-01-05", "en")).doesNotContain("36.125").contains("No exchange rate is in force on 5 Jan 2032");

        mvc.perform(multipart("/taxes/exchange-rates").file(new MockMultipartFile("file", "x.csv", "text/csv",
                FILE.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(COORDINATOR)).andExpect(status().isForbidden());
        String malformed = mvc.perform(get("/taxes/exchange-rates").param("date", "2031-13-45").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(malformed).contains("Give a date as YYYY-MM-DD", "value=\"2031-13-45\"");
    }

    @Test
    void aRefusedFileNamesItsRowsInTheReadersLanguageAndAValidityDateInTheYear9999IsRefused() throws Exception {
        String bad = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\r\n" + "AU,CAD,AUD,abc,FOREIGN_PER_LOCAL,2033-01-01,,x\r\n"
                + "AU,CHF,AUD,0.6,SIDEWAYS,2033-01-01,,x\r\n"
                + "AU,NZD,AUD,0.9,FOREIGN_PER_LOCAL,9999-12-01,9999-12-31,x\r\n";
        String zh = mvc.perform(multipart("/taxes/exchange-rates").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(MANAGER).param("lang", "zh-TW"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String errors = zh.substring(zh.indexOf("id=\"import-error\""), zh.indexOf("</ul>", zh.indexOf("id=\"import-error\"")));
        assertThat(errors).contains("第 2 行「匯率」欄：須為數字，例如 32.15；「abc」不是數字", "第 3 行「報價方式」欄：須為 LOCAL_PER_FOREIGN",
                "第 4 行「生效日」欄：須為 1900/01/01 至 2100/12/31 之間的日期");
        java.util.regex.Matcher english = java.util.regex.Pattern.compile("[A-Za-z]{3,}").matcher(errors.substring(errors.indexOf('>') + 1)
                .replaceAll("<[^>]+>", "").replaceAll("LOCAL_PER_FOREIGN|FOREIGN_PER_LOCAL|abc", ""));
        assertThat(english.find() ? english.group() : "").as("an English word among the zh-TW row errors").isEmpty();
    }

    @Test
    void theT1PageLinksToTheRates() throws Exception {
        assertThat(mvc.perform(get("/taxes").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/taxes/exchange-rates\"");
    }

    private String page(String date, String lang) throws Exception {
        return page(date, lang, COORDINATOR);
    }

    private String page(String date, String lang, RequestPostProcessor as) throws Exception {
        return mvc.perform(get("/taxes/exchange-rates").param("date", date).param("lang", lang).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
