package org.tradedesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.identity.web.AuditChanges.Row;

class AuditChangesTest {

    @Test
    void pairsFieldsAndMarksOnlyTheChangedOnes() {
        assertThat(AuditChanges.of("{\"name\":\"Chen\",\"roles\":[\"A\",\"B\"],\"n\":1}",
                        "{\"name\":\"Chen\",\"roles\":[\"A\"],\"n\":2}"))
                .containsExactly(
                        new Row("n", "1", "2", true),
                        new Row("name", "Chen", "Chen", false),
                        new Row("roles", "A, B", "A", true));
    }

    @Test
    void creationAndErasureShowEveryFieldAsChanged() {
        assertThat(AuditChanges.of(null, "{\"a\":\"x\"}")).containsExactly(new Row("a", null, "x", true));
        assertThat(AuditChanges.of("{\"a\":\"x\"}", null)).containsExactly(new Row("a", "x", null, true));
        assertThat(AuditChanges.of(null, null)).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsShownAsItIs() {
        assertThat(AuditChanges.of(null, "plain words")).containsExactly(new Row("", null, "plain words", true));
    }
}
