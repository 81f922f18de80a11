package org.tradedesk.clearance.domain;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A clearance file named as a coordinator knows it, wherever a text names one (issue 8: "Transaction 2 must be kept until
 * 2031-12-07", the work queue's "#3" — our database id): the desk's own reference with the client ("KHH-0142 (寶島食品)"),
 * else the stable file number with the client ("file no. 3 (寶島食品)" / 「第 3 號案件（寶島食品）」), in the reader's
 * language. The one place every message, page title and work item takes the name from.
 */
public final class TransactionNames {

    private TransactionNames() {
    }

    /**
     * {@code reference} the desk's reference (may be blank), {@code clientName} the client's name (may be blank: not known
     * where the name is made), {@code fileNumber} the file's stable number, shown only when there is no reference.
     */
    public static MessageText named(String reference, String clientName, long fileNumber) {
        boolean client = clientName != null && !clientName.isBlank();
        if (reference != null && !reference.isBlank()) {
            return client ? MessageText.of("clearance.transaction.named.reference-client", Arg.literal(reference.strip()),
                    Arg.literal(clientName.strip())) : MessageText.of("clearance.transaction.named.reference", Arg.literal(reference.strip()));
        }
        Arg number = Arg.literal(String.valueOf(fileNumber));
        return client ? MessageText.of("clearance.transaction.named.number-client", number, Arg.literal(clientName.strip()))
                : MessageText.of("clearance.transaction.named.number", number);
    }

    /**
     * {@code text} safe as (part of) a file name in a ZIP on every system, its meaning kept: accents dropped (é → e),
     * anything but ASCII letters, digits, '.', '_' and '-' made '-', runs of '-' joined, none at either end, at most 60
     * characters; "" when nothing is left.
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return s.length() <= 60 ? s : s.substring(0, 60).replaceAll("[-.]+$", "");
    }
}
