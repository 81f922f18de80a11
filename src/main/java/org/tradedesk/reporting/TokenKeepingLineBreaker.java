package org.tradedesk.reporting;

import java.text.BreakIterator;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * Where a PDF line may end, for Chinese as for English text: the layout's own line breaker (the JDK's line rules, which allow a
 * break between any two Chinese characters, after a slash or a hyphen and at every space), less the breaks a reader takes for a
 * misprint (issue 6, t1fixH):
 * <ul>
 * <li>inside a run of digits and Latin letters with its inner separators: an amount ({@code 1,980.04}), a date
 * ({@code 2026/12/07}), a code ({@code INV-2026-0412}, {@code 8703.23.91}), a percentage;</li>
 * <li>between a currency and its amount ({@code NT$ 1,234,567}, {@code AUD 1,980.04}), a number and its unit ({@code 1,000 kg},
 * {@code 3,000 立方公分}, {@code 12 月}), and 年/月/第 and the number after it, so a date 2026 年 12 月 7 日 stays on one line;</li>
 * <li>before closing punctuation (，。、）」 …) and after opening punctuation (（「 …).</li>
 * </ul>
 * Nothing is added to the document: a previous attempt wrapped such runs in no-wrap spans, and the layout then wrote their text
 * out of reading order (PDFBox and pdftotext read dates and hashes back scrambled). A run longer than its line is still broken
 * where the style allows breaking a word ({@code word-wrap: break-word}) by the character breaker, which this does not replace.
 * A run longer than {@value #LONGEST_KEPT} characters — a SHA-256, a long URL or file name, never an amount, a date or a
 * code — may break after its separators ({@code / - _ . :}), and a part of it between separators longer than that (a hash)
 * between any two of its characters (not before closing punctuation), so it is wrapped inside the right margin even where
 * the style sets no {@code word-wrap} (t2fixQ).
 */
final class TokenKeepingLineBreaker implements FSTextBreaker {

    /** Digits and Latin letters (half- or full-width) with the separators written inside an amount, a date or a code. */
    private static final String WORD = "[\\p{IsLatin}\\p{Nd}]";
    private static final String UNITS_ZH = "立方公分|立方公尺|平方公尺|平方公分|百公升|公分|公斤|公升|毫升|公噸|公尺|公克|公里";
    private static final String UNITS_LATIN = "kg|g|t|L|l|ml|hl|LAL|m|m2|m²|m3|m³|cm³|cm3|No|pr|pcs|%";

    private static final Pattern[] KEPT = {
        // a run: 1,980.04  2026/12/07  INV-2026-0412  8703.23.91  12.5%  NT$  e-mail
        Pattern.compile(WORD + "+(?:[.,:/\\-‐–_+×'’·]" + WORD + "+)*[%$]?"),
        // a currency and its amount: NT$ 1,234,567  A$ 1,000  AUD 1,980.04  USD 12
        Pattern.compile("(?:[A-Z]{0,3}\\$|\\b[A-Z]{3})[  ]?[\\p{Nd}]"),
        // a number and its unit: 3,000 立方公分  1,000 個  12 月  7 日  1,000 kg  40 %
        Pattern.compile("\\p{Nd}[  ]?(?:" + UNITS_ZH + "|\\p{IsHan})"),
        Pattern.compile("\\p{Nd}[  ](?:" + UNITS_LATIN + ")(?![\\p{IsLatin}\\p{Nd}])"),
        // a word a number belongs to: 2026 年 12 (月)  第 1 行  約 3
        Pattern.compile("[年月第約共計逾滿][  ]?\\p{Nd}"),
    };

    /** No line starts with these (a line-end comma, a closing bracket or quote). */
    private static final String CLOSING = "，。、）」』】〉》〕；：！？．,.;:!?)]}%";
    /** No line ends with these. */
    private static final String OPENING = "（「『【〈《〔([{";

    /** A run longer than this is a hash, a URL or a file name, not an amount, a date or a code: it may break anywhere. */
    static final int LONGEST_KEPT = 24;

    /** Where a long run may break after (file names, URLs, references), as the JDK's line breaker offers. */
    private static final String SEPARATORS = "/-‐–_.:";

    private final FSTextBreaker delegate;
    private String text = "";
    private final BitSet kept = new BitSet();
    /** Breaks inside a run longer than {@link #LONGEST_KEPT}, which the delegate does not offer. */
    private final BitSet inside = new BitSet();
    private int position;
    private int delegated = -2;

    TokenKeepingLineBreaker() {
        this(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)));
    }

    TokenKeepingLineBreaker(FSTextBreaker delegate) {
        this.delegate = delegate;
    }

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        delegate.setText(text);
        kept.clear();
        inside.clear();
        position = 0;
        delegated = -2;
        for (Pattern pattern : KEPT) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() - m.start() > 1) {
                    kept.set(m.start() + 1, m.end()); // no break before any of its characters but the first
                }
                if (pattern == KEPT[0] && m.end() - m.start() > LONGEST_KEPT) {
                    // a long run breaks after its separators (a file name after "-", a URL after "/"), as the JDK's breaker did;
                    // only a part between separators that is itself longer than LONGEST_KEPT (a hash) breaks anywhere
                    int part = m.start();
                    for (int i = m.start() + 1; i <= m.end(); i++) {
                        if (i == m.end() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                            boolean anywhere = i - part > LONGEST_KEPT;
                            for (int j = part + 1; j < Math.min(i + 1, m.end()); j++) {
                                char c = text.charAt(j);
                                boolean afterSeparator = SEPARATORS.indexOf(text.charAt(j - 1)) >= 0;
                                if ((anywhere || afterSeparator) && CLOSING.indexOf(c) < 0 && !Character.isLowSurrogate(c)) {
                                    inside.set(j);
                                }
                            }
                            part = i;
                        }
                    }
                }
            }
        }
    }

    @Override
    public int next() {
        if (delegated != BreakIterator.DONE && delegated <= position) {
            int at = delegate.next();
            while (at != BreakIterator.DONE && at < text.length() && !allowed(at)) {
                at = delegate.next();
            }
            delegated = at;
        }
        int extra = inside.nextSetBit(position + 1);
        int at = extra < 0 ? delegated : delegated == BreakIterator.DONE ? extra : Math.min(extra, delegated);
        if (at != BreakIterator.DONE) {
            position = at;
        }
        return at;
    }

    /** Whether a line may end before {@code text[at]} (after any spaces before it). */
    boolean allowed(int at) {
        if (kept.get(at)) {
            return false;
        }
        char next = text.charAt(at);
        if (CLOSING.indexOf(next) >= 0) {
            return false;
        }
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 0) {
            return true;
        }
        if (before < at - 1 && kept.get(before + 1)) {
            return false; // a kept run with a space inside it (NT$ 1,234): the break the JDK offers after the space
        }
        return OPENING.indexOf(text.charAt(before)) < 0;
    }
}
