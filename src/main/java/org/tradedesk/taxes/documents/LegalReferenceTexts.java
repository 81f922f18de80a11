package org.tradedesk.taxes.documents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ChainDefinition;

/**
 * A step's legal reference in the reader's language (review r-t1 F4(a): the zh AU letter printed "Customs Tariff Act 1995
 * s15…", the en TW letter 「關稅法 §2, §29」 with no English). The chain files keep each reference as the source text the
 * engine records with the step (and saved results hold); each such text is the message {@code taxes.law.<jurisdiction>.<step>}
 * ({@code taxes.law.<jurisdiction>.LOW_VALUE} for the low-value rule), the act named in the reader's language (《1901 年海關法》
 * 第 159 條 / Customs Act (關稅法) §29). A result saved earlier holds the same text, so it renders the same way at read time;
 * a text no chain step has (a changed citation, a typed one) is shown as it was written.
 */
@Component("legalReferences")
public class LegalReferenceTexts {

    static final String PREFIX = "taxes.law.";

    private static final class Table {
        static final Map<String, String> CODES = codes(ChainDefinitions.shipped());
    }

    private final MessageSource messages;

    public LegalReferenceTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** For the pages: {@code ${@legalReferences.text(s.legalReference, #locale)}}. */
    public String text(String citation, Locale locale) {
        return render(citation, messages, locale);
    }

    /** The message code the citation stands for; null when no chain step has it. */
    static String codeOf(String citation) {
        return citation == null ? null : Table.CODES.get(citation.strip());
    }

    static String render(String citation, MessageSource messages, Locale locale) {
        if (citation == null || citation.isBlank()) {
            return "";
        }
        String code = codeOf(citation);
        return code == null ? citation : messages.getMessage(code, null, citation, locale);
    }

    static Map<String, String> codes(ChainDefinitions chains) {
        Map<String, String> codes = new HashMap<>();
        for (ChainDefinition chain : chains.all()) {
            for (ChainDefinition.StepDefinition step : chain.steps()) {
                if (step.legalReference() != null && !step.legalReference().isBlank()) {
                    codes.putIfAbsent(step.legalReference().strip(), PREFIX + chain.jurisdiction() + "." + step.code());
                }
                for (ChainDefinition.GoodsReference goods : step.goodsReferences()) {
                    codes.putIfAbsent(goods.legalReference().strip(), PREFIX + chain.jurisdiction() + "." + step.code() + "." + goods.name());
                }
            }
            for (ChainDefinition.LowValueRule rule : chain.lowValue()) {
                if (rule.legalReference() != null && !rule.legalReference().isBlank()) {
                    codes.putIfAbsent(rule.legalReference().strip(), PREFIX + chain.jurisdiction() + ".LOW_VALUE");
                }
            }
        }
        return Map.copyOf(codes);
    }

    /**
     * The citation as a message for the API (review r-t1b 2: its {@code legalReference} was English under zh-TW for AU, Chinese
     * under en for TW): the act named in the reader's language where a chain step has it, else the text as written.
     */
    public static org.tradedesk.shared.MessageText message(String citation) {
        if (citation == null || citation.isBlank()) {
            return null;
        }
        String code = codeOf(citation);
        return code == null ? org.tradedesk.shared.MessageText.of("taxes.text.asGiven", org.tradedesk.shared.MessageText.Arg.literal(citation))
                : org.tradedesk.shared.MessageText.of(code);
    }
}
