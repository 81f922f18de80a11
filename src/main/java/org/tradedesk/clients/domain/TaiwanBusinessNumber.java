package org.tradedesk.clients.domain;

/**
 * 營利事業統一編號 (Taiwan unified business number): eight digits, the last a check digit.
 *
 * <p>Rule: multiply the digits by 1,2,1,2,1,2,4,1, add the two digits of each product, and sum.
 * Since 1 April 2023 (民國112年4月1日) the Ministry of Finance accepts a sum divisible by 5; before
 * that it had to be divisible by 10. The change made room for new numbers while every old number
 * stays valid (a multiple of 10 is a multiple of 5). When the seventh digit is 7 its product is 28,
 * whose digit sum 10 is itself taken as 1 or 0, so the number is valid when either the sum or the
 * sum plus one is divisible. Sources: Ministry of Finance, 「營利事業統一編號檢查碼邏輯修正說明」
 * (https://www.mof.gov.tw, 資訊園地), as reported by the Northern Region National Taxation Bureau
 * (北區國稅局) press release reproduced at https://smartcpa.tw/ko/news/content/E3F2E9817E12A3140DDE3EBD406D22F2;
 * the rule with the 7 case is described at https://lab.kbwen.com/apps/local/uniform-invoice-validator/.
 */
public final class TaiwanBusinessNumber {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};
    /** The divisor in force since 2023-04-01; it was 10 before. */
    static final int DIVISOR = 5;

    private TaiwanBusinessNumber() {
    }

    /** Digits, spaces and hyphens removed; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "");
    }

    public static TaxIdCheck check(String raw) {
        String n = normalise(raw);
        if (n == null || !n.matches("\\d{8}")) {
            return TaxIdCheck.invalid("clients.taxid.tw.format", "a Taiwan unified business number (統一編號) has exactly 8 digits");
        }
        if (n.equals("00000000")) {
            // its weighted sum is 0, divisible by anything: the checksum passes, but no business has it
            return TaxIdCheck.invalid("clients.taxid.tw.zero", "00000000 is not a unified business number");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (n.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        boolean seventhIsSeven = n.charAt(6) == '7';
        // For a 7 in the 7th place the loop above counted 2+8 = 10; the rule reads that as 1 or 0.
        int sumWithOne = sum - 10 + 1;
        int sumWithZero = sum - 10;
        boolean valid = seventhIsSeven
                ? sumWithOne % DIVISOR == 0 || sumWithZero % DIVISOR == 0
                : sum % DIVISOR == 0;
        return valid ? TaxIdCheck.ok(n)
                : TaxIdCheck.invalid("clients.taxid.tw.checksum", "the check digit of unified business number " + n + " is wrong");
    }
}
