package org.tradedesk.platform;

import java.util.List;

/**
 * Implemented by a business module to put its work on the home page's queue: what is waiting for the signed-in user
 * (the module decides whose work it is, with the user's current roles and assignments). The platform calls every
 * provider and never needs to know the modules, so the arrows stay pointing from the business modules to the
 * foundation. A provider should be cheap (one page view) and return at most a few dozen items.
 */
public interface WorkQueueProvider {

    List<WorkItem> workForCurrentUser();
}
