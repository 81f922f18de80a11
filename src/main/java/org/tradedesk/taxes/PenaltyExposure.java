package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;

/** The surcharges, interest and fine ranges a mistake exposes the importer to, each with its legal basis. */
public record PenaltyExposure(String jurisdiction, String currency, List<Item> items, BigDecimal lowTotal, BigDecimal highTotal,
        List<MessageText> notes) {

    /**
     * {@code notes}: how the totals were added up where that is not a plain sum (several fines for one act are alternatives,
     * 行政罰法 §24: the totals count the heaviest, not all of them).
     */
    public PenaltyExposure {
        items = List.copyOf(items);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public PenaltyExposure(String jurisdiction, String currency, List<Item> items, BigDecimal lowTotal, BigDecimal highTotal) {
        this(jurisdiction, currency, items, lowTotal, highTotal, List.of());
    }

    /**
     * One penalty: from {@code low} (usual or minimum) to {@code high} (the legal maximum). {@code reckoning}, where
     * set, is how it was reckoned as a message rendered in the reader's language.
     * {@code legalReference} is the chain's source text as written (kept for the audit); {@code legalBasis} is the
     * same citation as a message code with the rule's figures, which pages, documents and the API render.
     */
    public record Item(String code, LocalizedText label, BigDecimal low, BigDecimal high,
            String legalReference, MessageText reckoning, MessageText legalBasis) {

        public Item(String code, LocalizedText label, BigDecimal low, BigDecimal high, String legalReference, MessageText reckoning) {
            this(code, label, low, high, legalReference, reckoning, null);
        }

        public Item(String code, LocalizedText label, BigDecimal low, BigDecimal high, String legalReference) {
            this(code, label, low, high, legalReference, null, null);
        }
    }
}
