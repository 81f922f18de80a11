package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * T4 acceptance review t4fixAE 1: the English client query mail was signed 「協調人員 Coordinator」 — the demo coordinator's
 * display name was a Chinese role word. A display name is a proper name shown as stored in every language, so the demo
 * users carry people's names in Latin letters.
 */
class DemoUserNamesTest {

    @Test
    void demoUsersHaveNamesNotRoleWordsInOneLanguage() {
        UserAccountRepository repo = mock(UserAccountRepository.class);
        List<UserAccount> saved = new ArrayList<>();
        when(repo.existsByUsername(anyString())).thenReturn(false);
        when(repo.save(any(UserAccount.class))).thenAnswer(i -> {
            saved.add(i.getArgument(0));
            return i.getArgument(0);
        });
        @SuppressWarnings("deprecation")
        NoOpPasswordEncoder encoder = (NoOpPasswordEncoder) NoOpPasswordEncoder.getInstance();
        new DemoUsers(repo, encoder).run(new DefaultApplicationArguments());
        assertThat(saved).extracting(UserAccount::displayName)
                .containsExactly("Wang Chien-ming", "Sarah Mitchell", "Lin Mei-ling")
                .allSatisfy(n -> assertThat(n).doesNotContainPattern("\\p{IsHan}"));
    }
}
