package org.tradedesk.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaiwanBusinessNumberTest {

    @Test
    void acceptsPublishedNumbers() {
        // 22099131: Taiwan Semiconductor Manufacturing Co., cited as an example at https://biz.now.to/guide/tax-id-explained.
        // By hand: 2,4,0,18,9,2,12,1 -> 2+4+0+9+9+2+3+1 = 30.
        assertThat(TaiwanBusinessNumber.check("22099131").valid()).isTrue();
        // 04595257: the valid example repeated by public 統一編號 validators.
        // By hand: 0,8,5,18,5,4,20,7 -> 0+8+5+(1+8)+5+4+(2+0)+7 = 40.
        assertThat(TaiwanBusinessNumber.check("04595257").valid()).isTrue();
    }

    @Test
    void acceptsASeventhDigitSevenWhenTheSumPlusOneIsDivisible() {
        // 10458575: the usual example of the 7-in-the-7th-place rule.
        // 1,0,4,10,8,10,28,5 -> 1+0+4+1+8+1+(1 or 0)+5 = 21 or 20; 20 is divisible.
        assertThat(TaiwanBusinessNumber.check("10458575").valid()).isTrue();
        // 10458574: check digit one less -> 20 or 19: valid only because the 28 may count as 1.
        assertThat(TaiwanBusinessNumber.check("10458574").valid()).isTrue();
    }

    @Test
    void acceptsANumberValidOnlyUnderTheDivisorFiveRuleOf2023() {
        // 24681353: 2,8,6,16,1,6,20,3 -> 2+8+6+7+1+6+2+3 = 35: divisible by 5, not by 10.
        // Refused before 2023-04-01, valid since the Ministry of Finance's change.
        assertThat(TaiwanBusinessNumber.check("24681353").valid()).isTrue();
        // The same number with check digit 1: sum 33, neither rule.
        assertThat(TaiwanBusinessNumber.check("24681351").valid()).isFalse();
    }

    @Test
    void refusesAWrongCheckDigitNamingTheNumber() {
        // 88117126: 88117125 (valid: 8,16,1,2,7,2,8,5 -> 8+7+1+2+7+2+8+5 = 40) with its last digit changed -> 41.
        TaxIdCheck check = TaiwanBusinessNumber.check("88117126");
        assertThat(check.valid()).isFalse();
        assertThat(check.messageCode()).isEqualTo("clients.taxid.tw.checksum");
        assertThat(check.reason()).contains("88117126");
        assertThat(TaiwanBusinessNumber.check("88117125").valid()).isTrue();
    }

    @Test
    void refusesAnythingButEightDigits() {
        assertThat(TaiwanBusinessNumber.check("1234567").messageCode()).isEqualTo("clients.taxid.tw.format");
        assertThat(TaiwanBusinessNumber.check("220991311").valid()).isFalse();
        assertThat(TaiwanBusinessNumber.check("2209913A").valid()).isFalse();
        assertThat(TaiwanBusinessNumber.check(null).valid()).isFalse();
    }

    @Test
    void ignoresSpacesAndHyphensTypedByUsers() {
        assertThat(TaiwanBusinessNumber.check(" 2209-9131 ").normalised()).isEqualTo("22099131");
    }

    @Test
    void refusesAllZerosWhoseChecksumPassesAndFullWidthDigits() {
        // issue 11: 0 is divisible by 5, so 00000000 passed the check digit
        assertThat(TaiwanBusinessNumber.check("00000000").valid()).isFalse();
        assertThat(TaiwanBusinessNumber.check("２２０９９１３１").valid()).isFalse();
    }
}
