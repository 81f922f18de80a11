package org.tradedesk.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a mail the desk sends in a user's name is signed and where answers go — one piece for every such mail (clearance's
 * client query and declaration to confirm, acceptance review F8: the declaration mail was signed with the login
 * "coordinator" and had no Reply-To; markets' data analysis report): the user's display name (the login only when the
 * account has none), under it the office ({@code tradedesk.office.name-zh-tw} / {@code tradedesk.office.name-en}) in the
 * reader's language; answers to the user's own address (none when the account has no address: answers go to the
 * sending address).
 */
@Component
public class CoordinatorSignature {

    private final UserNames users;
    private final MessageSource messages;
    private final Map<String, String> office;

    CoordinatorSignature(UserNames users, MessageSource messages, @Value("${tradedesk.office.name-zh-tw:}") String officeZh,
            @Value("${tradedesk.office.name-en:}") String officeEn) {
        this.users = users;
        this.messages = messages;
        this.office = Map.of("zh", officeZh == null ? "" : officeZh.strip(), "en", officeEn == null ? "" : officeEn.strip());
    }

    /**
     * A signature: {@code name} the signer's display name (the login when the account has none, "" for no user),
     * {@code lines} the closing lines in the reader's language (name and office), {@code replyTo} the signer's own
     * address, empty when the account has none.
     */
    public record Signed(String name, String lines, Optional<String> replyTo) {
    }

    /** Of the current user ({@link CurrentUser#name()}), in {@code language}. */
    public Signed of(Locale language) {
        return of(CurrentUser.name(), language);
    }

    /** Of {@code username} (null: no user, an empty name and no Reply-To), in {@code language}. */
    public Signed of(String username, Locale language) {
        Optional<UserContact> me = username == null ? Optional.empty() : users.contact(username);
        String name = me.map(UserContact::displayName).filter(n -> n != null && !n.isBlank()).orElse(username == null ? "" : username);
        String officeName = office.get("zh".equals(language.getLanguage()) ? "zh" : "en");
        String lines = officeName.isEmpty() ? messages.getMessage("identity.signature", new Object[] {name}, language)
                : messages.getMessage("identity.signature.office", new Object[] {name, officeName}, language);
        return new Signed(name, lines, me.flatMap(UserContact::email).filter(e -> !e.isBlank()));
    }
}
