package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.support.PostgresTest;

/** The identity repositories (users, audit trail) on a real PostgreSQL, through the module's public API. */
@PostgresTest
@TestPropertySource(properties = "tradedesk.demo.enabled=true")
class IdentityOnPostgresTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditTrail audit;

    @Test
    void demoUsersAreStoredAndLoadedWithHashedPasswordsAndRoles() {
        UserDetails admin = users.loadUserByUsername("admin");
        assertThat(admin.getPassword()).isNotEqualTo("admin");
        assertThat(encoder.matches("admin", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_COORDINATOR");

        UserDetails coordinator = users.loadUserByUsername("coordinator");
        assertThat(coordinator.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COORDINATOR");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void auditTrailKeepsChineseTextAndFindsEntriesNewestFirstByDay() {
        String subject = "pg-" + System.nanoTime();
        audit.record("Contact", subject, AuditAction.CREATED, null, "{\"name\":\"王小明\",\"note\":\"葡萄酒進口商\"}");
        audit.record("Contact", subject, AuditAction.CHANGED, "{\"name\":\"王小明\"}", "{\"name\":\"王大明\"}");
        audit.record("Contact", "someone-else", AuditAction.VIEWED, null, null);

        List<AuditRecord> found = audit.search("Contact", subject, null, null, null, PageRequest.of(0, 10)).getContent();
        assertThat(found).extracting(AuditRecord::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(found.get(1).after()).isEqualTo("{\"name\":\"王小明\",\"note\":\"葡萄酒進口商\"}");
        assertThat(found.get(0).username()).isEqualTo("system");

        LocalDate day = found.get(0).at().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(audit.search("Contact", subject, null, day, day, PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(2);
        assertThat(audit.search("Contact", subject, null, day.plusDays(1), null, PageRequest.of(0, 10))
                .getTotalElements()).isZero();
    }
}
