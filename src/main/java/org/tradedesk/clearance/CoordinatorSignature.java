package org.tradedesk.clearance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.UserContact;
import org.tradedesk.identity.UserNames;

/**
 * How a mail of the desk to a client's contact is signed and where answers go — one piece for every such mail (the client
 * query, the declaration to confirm; acceptance review F8: the declaration mail was signed with the login "coordinator"
 * and had no Reply-To): the coordinator's display name (the login only when the account has none) and the office
 * ({@code tradedesk.office.name-zh-tw} / {@code tradedesk.office.name-en}) in the contact's language; Reply-To the
 * coordinator's own address with their name (none when the account has no address: answers go to the sending address).
 */
@Component
class CoordinatorSignature {

    private final UserNames users;
    private final MessageSource messages;
    private final Map<String, String> office;

    CoordinatorSignature(UserNames users, MessageSource messages, @Value("${tradedesk.office.name-zh-tw:}") String officeZh,
            @Value("${tradedesk.office.name-en:}") String officeEn) {
        this.users = users;
        this.messages = messages;
        this.office = Map.of("zh", officeZh == null ? "" : officeZh.strip(), "en", officeEn == null ? "" : officeEn.strip());
    }

    /** The signature lines in {@code language} and the Reply-To (null when the coordinator has no address). */
    record Signed(String signature, OutgoingMail.ReplyTo replyTo) {
    }

    /** Of the current user. */
    Signed of(Locale language) {
        String user = CurrentUser.name();
        Optional<UserContact> me = users.contact(user);
        String name = me.map(UserContact::displayName).filter(n -> n != null && !n.isBlank()).orElse(user);
        String officeName = office.get("zh".equals(language.getLanguage()) ? "zh" : "en");
        String signature = officeName.isEmpty() ? messages.getMessage("clearance.query.signature", new Object[] {name}, language)
                : messages.getMessage("clearance.query.signature.office", new Object[] {name, officeName}, language);
        OutgoingMail.ReplyTo replyTo = me.flatMap(UserContact::email).filter(e -> !e.isBlank())
                .map(e -> new OutgoingMail.ReplyTo(e, name)).orElse(null);
        return new Signed(signature, replyTo);
    }
}
