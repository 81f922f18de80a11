package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.InvalidValueException;

class NewUserTest {

    @Test
    void acceptsALowerCaseNameAndTrimsTheDisplayName() {
        NewUser user = new NewUser("mei.lin", "  林美  ", Set.of(Role.COORDINATOR), "a-long-passphrase-1");
        assertThat(user.displayName()).isEqualTo("林美");
    }

    @Test
    void refusesNamesThatWouldBreakUrlsOrBasicAuth() {
        for (String bad : new String[] {"Mei", "a", "mei lin", "mei:lin", ".mei", "中文"}) {
            assertThatThrownBy(() -> new NewUser(bad, "x", Set.of(Role.COORDINATOR), "a-long-passphrase-1"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining(bad);
        }
    }

    @Test
    void refusesAShortPasswordAndABlankDisplayName() {
        assertThatThrownBy(() -> new NewUser("mei", "x", Set.of(Role.COORDINATOR), "elevenchars"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("12 to 128");
        assertThatThrownBy(() -> new UserChange(0, " ", Set.of(Role.COORDINATOR), true, null, "en"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("display name");
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> new UserAccount("mei", "{noop}x", "Mei", Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one role");
    }

    @Test
    void tokenHashIsTheSha256OfTheSecret() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
