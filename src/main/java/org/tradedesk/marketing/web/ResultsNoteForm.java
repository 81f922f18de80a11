package org.tradedesk.marketing.web;

import jakarta.validation.constraints.Size;
import org.tradedesk.marketing.ResultsNote;

/** The lessons learnt and next targets of a campaign, for its results report. */
record ResultsNoteForm(long version, @Size(max = 4000) String lessons, @Size(max = 4000) String nextTargets) {

    static ResultsNoteForm of(ResultsNote n) {
        return new ResultsNoteForm(n.version(), n.lessons(), n.nextTargets());
    }
}
