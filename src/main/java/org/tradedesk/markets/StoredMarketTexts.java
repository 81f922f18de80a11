package org.tradedesk.markets;

import org.springframework.stereotype.Component;
import org.tradedesk.platform.StoredMessageUpgrade;
import org.tradedesk.shared.MessageText;

/**
 * Unit texts saved before units were worded (a stored analysis or series holding {@code markets.units.as-imported} of a
 * Comtrade unit code such as {@code 8}, or of {@code USD/kg}) read, when rendered, as {@link QuantityUnits} words them now
 * ("kg" / 「公斤」): the saved result is not rewritten and no dataset needs importing again.
 */
@Component
class StoredMarketTexts implements StoredMessageUpgrade {

    @Override
    public MessageText upgrade(MessageText stored) {
        return QuantityUnits.upgrade(stored);
    }
}
