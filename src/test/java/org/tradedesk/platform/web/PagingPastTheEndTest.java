package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 11: every listing paged by number answers a page past the end at once, with an empty page or a
 * 400 naming the last page that may be asked for, never a 500 (an offset past an int) or a query that
 * skips millions of rows. Before the fix {@code page=2147483647&size=200} gave a 500 on each of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "manager", roles = "MANAGER")
class PagingPastTheEndTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theBoundIsAPageWhoseFirstRowIsAtMostOneHundredThousandRowsIn() {
        assertThat(Paging.of(-5, 20, 200).getPageNumber()).isZero();
        assertThat(Paging.of(3, 5000, 200).getPageSize()).isEqualTo(200);
        assertThat(Paging.of(500, 200, 200).getOffset()).isEqualTo(100_000);
        assertThatThrownBy(() -> Paging.of(501, 200, 200)).isInstanceOf(Paging.PageOutOfRange.class);
        assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, 200, 200)).isInstanceOf(Paging.PageOutOfRange.class);
    }

    long client() throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/clients")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Paging Pty " + System.nanoTime() + "\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"EN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void apiListingsAnswerAPageNumberPastTheBoundWith400AndPastTheEndWithAnEmptyPage() throws Exception {
        long id = client();
        for (String path : new String[] {"/api/v1/clients", "/api/v1/clients/" + id + "/history", "/api/v1/audit"}) {
            for (String page : new String[] {"2147483647", "10737419"}) {
                mvc.perform(get(path).param("page", page).param("size", "200").header("Accept-Language", "en"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.code").value("platform.paging.out-of-range"))
                        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("past the last page that may be asked for")));
            }
            // past an int: the parameter does not convert, a 400 naming it
            mvc.perform(get(path).param("page", "2147483648")).andExpect(status().isBadRequest());
            // past the end, inside the bound: the empty page with the total
            MvcResult empty = mvc.perform(get(path).param("page", "400").param("size", "200")).andExpect(status().isOk()).andReturn();
            assertThat(empty.getResponse().getContentAsString()).contains("[]");
        }
    }

    @Test
    void pagesAnswerAPageNumberPastTheBoundWithTheErrorPageInTheReadersLanguage() throws Exception {
        long id = client();
        for (String url : new String[] {"/clients?page=2147483647", "/clients/" + id + "?historyPage=2147483647", "/audit?page=2147483647",
                "/tariff?q=wine&page=2147483647"}) {
            int status = mvc.perform(get(url).header("Accept-Language", "zh-TW")).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isIn(200, 400);
        }
        mvc.perform(get("/clients?page=2147483647").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("超出可查詢的最後一頁")));
    }

    @Test
    void theAuditTrailRefusesADayItsInstantsCannotReach() throws Exception {
        mvc.perform(get("/api/v1/audit").param("to", "+999999999-12-31").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.audit.day-out-of-range"));
    }

    @Test
    void fullWidthDigitsInAPathIdAreNotReadAsTheId() throws Exception {
        long id = client();
        String fullWidth = String.valueOf(id).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
        mvc.perform(get("/api/v1/clients/" + id)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/clients/" + fullWidth)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.api.path-digits"));
    }
}
