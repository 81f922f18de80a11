package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.PenaltyExposure;

/**
 * The ceiling of an Australian fine for a body corporate. Customs Act 1901 s243T(3) states the fine a natural person may
 * be given; Crimes Act 1914 s 4B(3): "Where a body corporate is convicted of an offence against a law of the Commonwealth,
 * the court may, if the contrary intention does not appear and the court thinks fit, impose a pecuniary penalty not
 * exceeding an amount equal to 5 times the amount of the maximum pecuniary penalty that could be imposed by the court on a
 * natural person convicted of the same offence" (acceptance review t1fixD 4: the letter gave a company the natural
 * person's ceiling). The clients module records no legal form, so a client is a company when its name says so (Pty Ltd,
 * Ltd, Limited, Inc, 股份有限公司…); otherwise the letter cannot tell and states both ceilings. Plain Java.
 */
final class BodyCorporate {

    /** Crimes Act 1914 s 4B(3): up to 5 times the natural person's maximum. */
    static final BigDecimal MULTIPLE = BigDecimal.valueOf(5);

    /** The AU fines s 4B(3) multiplies: the offence of s243T (false or misleading statement resulting in a duty shortfall). */
    private static final String FALSE_STATEMENT = "FALSE_STATEMENT";

    private static final Pattern COMPANY = Pattern.compile(
            "(?i)(?:\\bpty\\.?\\s*(?:ltd|limited)\\b|\\bltd\\b\\.?|\\blimited\\b|\\binc\\b\\.?|\\bincorporated\\b|\\bcorp(?:oration)?\\b\\.?"
                    + "|\\bllc\\b|\\bplc\\b|\\bgmbh\\b|\\bco\\.?,?\\s*ltd\\b|\\bn\\.v\\.|\\bb\\.v\\.|\\bs\\.a\\.|有限公司|股份有限公司|公司$)");

    private BodyCorporate() {
    }

    /** TRUE when the client's name says it is a company; null when it does not say (unknown, never assumed a person). */
    static Boolean of(String clientName) {
        return clientName != null && COMPANY.matcher(clientName.strip()).find() ? Boolean.TRUE : null;
    }

    /** Whether a fine of the jurisdiction has a body corporate's ceiling by s 4B(3). */
    static boolean applies(String jurisdiction, PenaltyExposure.Item item) {
        return "AU".equals(jurisdiction) && FALSE_STATEMENT.equals(item.code()) && item.high().signum() > 0;
    }

    /**
     * The item as the letter states it: for a company, the ceiling 5 times the natural person's; when the client's form is not
     * known, the natural person's ceiling with the body corporate's beside it in the reckoning.
     */
    static PenaltyExposure.Item ceiling(PenaltyExposure.Item item, Boolean company, RoundingRule payable, String currency) {
        BigDecimal natural = item.high();
        BigDecimal corporate = payable.apply(natural.multiply(MULTIPLE));
        boolean isCompany = Boolean.TRUE.equals(company);
        MessageText reckoning = MessageText.of(isCompany ? "taxes.penalty.reckoning.bodyCorporate" : "taxes.penalty.reckoning.bothCeilings",
                item.reckoning() == null ? Arg.literal("") : Arg.message(item.reckoning()), Arg.money(natural, currency),
                Arg.money(corporate, currency));
        return new PenaltyExposure.Item(item.code(), item.label(), item.low(), isCompany ? corporate : natural, item.legalReference(),
                reckoning, item.legalBasis());
    }
}
