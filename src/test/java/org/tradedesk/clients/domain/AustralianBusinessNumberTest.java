package org.tradedesk.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AustralianBusinessNumberTest {

    @Test
    void acceptsTheRegistersOwnExample() {
        // https://abr.business.gov.au/Help/AbnFormat: 51 824 753 556, weighted sum 534 = 6 x 89.
        TaxIdCheck check = AustralianBusinessNumber.check("51 824 753 556");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalised()).isEqualTo("51824753556");
    }

    @Test
    void acceptsAnotherPublishedExample() {
        // 53 004 085 616 (ABN built on ACN 004 085 616, ASIC's ACN example), worked at http://mathgen.ch/codes/abn.html:
        // 4*10+3+0+0+4*7+0+8*11+5*13+6*15+1*17+6*19 = 445 = 5 x 89.
        assertThat(AustralianBusinessNumber.check("53004085616").valid()).isTrue();
    }

    @Test
    void refusesAChangedDigit() {
        // 51 824 753 557: the register's example with the last digit raised by one adds 19 -> 553, not a multiple of 89.
        TaxIdCheck check = AustralianBusinessNumber.check("51824753557");
        assertThat(check.valid()).isFalse();
        assertThat(check.messageCode()).isEqualTo("clients.taxid.au.checksum");
        assertThat(check.reason()).contains("51824753557");
        // Two digits swapped (824 -> 842): a transposition the weights are there to catch.
        assertThat(AustralianBusinessNumber.check("51842753556").valid()).isFalse();
    }

    @Test
    void refusesWrongLengthAndLeadingZero() {
        assertThat(AustralianBusinessNumber.check("5182475355").messageCode()).isEqualTo("clients.taxid.au.format");
        assertThat(AustralianBusinessNumber.check("518247535560").valid()).isFalse();
        assertThat(AustralianBusinessNumber.check("01824753556").valid()).isFalse();
    }

    @Test
    void formatsTheWayTheRegisterPrints() {
        assertThat(AustralianBusinessNumber.format("51824753556")).isEqualTo("51 824 753 556");
    }
}
