package org.tradedesk.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.WorkItem;
import org.tradedesk.platform.WorkQueueProvider;
import org.tradedesk.shared.MessageText;

/** On the home page: a user without an e-mail address is asked for one (reminders cannot reach them without it). */
@Component
class AccountWorkQueue implements WorkQueueProvider {

    private final UserNames users;

    AccountWorkQueue(UserNames users) {
        this.users = users;
    }

    @Override
    public List<WorkItem> workForCurrentUser() {
        String me = CurrentUser.name();
        return users.contact(me).filter(c -> c.email().isEmpty())
                .map(c -> List.of(new WorkItem("home.queue.area.account", MessageText.of("identity.work.no-email"), null, "/account",
                        null, false)))
                .orElse(List.of());
    }
}
