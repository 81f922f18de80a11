package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP ASVS 4.0.3 V2.1.1 (at least 12), V2.1.2 (128 allowed), V2.1.7 (breached/common list). */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAreTheMinimumAndOneHundredTwentyEightTheMaximum() {
        assertThat(PasswordPolicy.violation("river-lamp-7")).isEmpty();
        assertThat(PasswordPolicy.violation("river-lamp7")).contains("identity.user.password-too-short");
        assertThat(PasswordPolicy.violation("x".repeat(127) + "y")).isEmpty();
        assertThat(PasswordPolicy.violation("x".repeat(129))).contains("identity.user.password-too-long");
        assertThat(PasswordPolicy.violation(null)).contains("identity.user.password-too-short");
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        // 12 CJK characters of the supplementary plane are 24 UTF-16 units but 12 characters
        assertThat(PasswordPolicy.violation("𠀀".repeat(11))).contains("identity.user.password-too-short");
        assertThat(PasswordPolicy.violation("臺灣海關稅則號別查詢密碼好")).isEmpty();
    }

    @Test
    void commonlyUsedPasswordsAreRefusedWhateverTheirCase() {
        // keyboard walks that appear in every leaked-password list
        assertThat(PasswordPolicy.violation("1qaz2wsx3edc")).contains("identity.user.password-common");
        assertThat(PasswordPolicy.violation("QWERTY123456")).contains("identity.user.password-common");
        assertThat(PasswordPolicy.violation("qazwsxedcrfv")).contains("identity.user.password-common");
    }
}
