package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.clearance.messages.CustomsResponse.AssessedDuty;
import org.tradedesk.clearance.messages.CustomsResponse.Kind;

/**
 * T4 acceptance review t4fixAE 3: an N5107 dated 09:00 and an N5110 of 10:00 were accepted at 03:52 Taipei the same day
 * (received hours before customs sent them: only the date was compared); a CUSRES duty notice with MOA+124:-5 or
 * 99999…99.99 was recorded. Now at 03:52: 09:00 refused, 04:00 (within the 10 minutes allowed for the clocks) taken;
 * a negative amount and one of 17 digits before the point (past the desk's 15) refused, 0 and 1,650 taken.
 */
class ResponseAheadOrAbsurdTest {

    static final LocalDateTime NOW_IN_TAIPEI = LocalDateTime.of(2026, 12, 7, 3, 52);

    static CustomsResponse at(LocalDateTime issued, String... amounts) {
        List<AssessedDuty> duties = java.util.Arrays.stream(amounts).map(a -> new AssessedDuty("VAT", new BigDecimal(a))).toList();
        return new CustomsResponse("AU_CUSRES", amounts.length == 0 ? Kind.CHANNEL_ASSIGNED : Kind.DUTY_NOTICE, "AA15", issued, null,
                null, List.of(), duties, null, amounts.length == 0 ? null : "TWD");
    }

    static String code(Throwable e) {
        return ((org.tradedesk.shared.TradedeskException) e).messageCode();
    }

    @Test
    void aResponseTimedLaterThanNowIsRefusedNotOnlyOneDatedTomorrow() {
        assertThatThrownBy(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(LocalDateTime.of(2026, 12, 7, 9, 0)), NOW_IN_TAIPEI))
                .isInstanceOf(ClearanceInputInvalid.class).satisfies(e -> assertThat(code(e)).isEqualTo("clearance.response.future-timed"));
        assertThatThrownBy(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(LocalDateTime.of(2026, 12, 7, 4, 3)), NOW_IN_TAIPEI))
                .isInstanceOf(ClearanceInputInvalid.class);
        assertThatCode(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(LocalDateTime.of(2026, 12, 7, 4, 0)), NOW_IN_TAIPEI))
                .doesNotThrowAnyException();
        assertThatCode(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(LocalDateTime.of(2026, 12, 6, 23, 0)), NOW_IN_TAIPEI))
                .doesNotThrowAnyException();
    }

    @Test
    void aNegativeOrAbsurdAmountIsRefused() {
        LocalDateTime before = LocalDateTime.of(2026, 12, 7, 1, 0);
        assertThatThrownBy(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(before, "-5"), NOW_IN_TAIPEI))
                .isInstanceOf(ClearanceInputInvalid.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("clearance.response.amount-out-of-bounds"));
        assertThatThrownBy(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(before, "1650", "99999999999999999.99"), NOW_IN_TAIPEI))
                .isInstanceOf(ClearanceInputInvalid.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("clearance.response.amount-out-of-bounds"));
        assertThatCode(() -> ClearanceDeclarations.refuseAheadOrAbsurd(at(before, "0", "1650"), NOW_IN_TAIPEI)).doesNotThrowAnyException();
    }
}
