package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.PersonToErase;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * After a hard delete and after a purge, every text column of every Roster table on PostgreSQL is
 * searched for the person's addresses and names, as written and as the row codecs encode them.
 */
class PostgresErasureScanTest {
    private static final DataSource DB = TestDatabases.postgresPool();

    /** Each trace as typed and URL-encoded (how attribute and audit-detail maps are stored). */
    private static List<String> needles() {
        List<String> needles = new ArrayList<>();
        for (String trace : PersonToErase.TRACES) {
            needles.add(trace);
            needles.add(URLEncoder.encode(trace, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT));
        }
        return needles;
    }

    private static List<String> findings() throws SQLException {
        return TextColumns.holding(DB, needles(), "roster_user.email", "roster_audit.details", "roster_invitation.message",
                "roster_email_key_report.email");
    }

    @Test
    void afterAHardDeleteNoColumnHoldsTheAddressesOrNames() throws SQLException {
        Fixture f = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ZERO).build());
        User zen = PersonToErase.create(f);
        assertThat(findings()).as("the scan finds her while she is here").isNotEmpty();

        f.roster.lifecycle().delete(f.adminActor, zen.id());

        assertThat(findings()).isEmpty();
    }

    @Test
    void afterAPurgeNoColumnHoldsTheAddressesOrNames() throws SQLException {
        Fixture f = new Fixture();
        User zen = PersonToErase.create(f);
        f.roster.lifecycle().delete(f.adminActor, zen.id());
        f.clock.advance(Duration.ofDays(31));

        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 10)).isEqualTo(1);

        assertThat(findings()).isEmpty();
    }
}
