package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.tck.Records;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant that grew after the last analyze (a new workspace's first import) is still looked up by
 * probing the (tenant, address) index, not by walking all its open invitations.
 */
class PostgresListLookupPlanTest {
    private static final TenantId GROWN = TenantId.of("grown");

    private HikariDataSource pool;
    private JdbcRosterStore store;

    @BeforeEach
    void aTenantTheStatisticsThinkEmpty() throws SQLException {
        pool = TestDatabases.newPostgresPool(2);
        store = TestDatabases.fresh(pool);
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("other"));
            tx.tenants().insert(Records.tenant("grown"));
            List<Invitation> others = IntStream.range(0, 2_000)
                    .mapToObj(i -> Records.invitation(TenantId.of("other"), "o" + i + "@x.example", Records.T0, null)).toList();
            tx.invitations().insertAll(others);
            return null;
        });
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("ALTER TABLE roster_invitation SET (autovacuum_enabled = false)");
            s.execute("ANALYZE roster_invitation"); // "grown" has no invitation as far as the planner knows
        }
        store.inTransaction(tx -> {
            tx.invitations().insertAll(IntStream.range(0, 20_000)
                    .mapToObj(i -> Records.invitation(GROWN, "g" + i + "@x.example", Records.T0, null)).toList());
            return null;
        });
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void openInvitationsByAddressProbeTheIndexWhateverTheStatisticsSay() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add("new" + i + "@x.example");
        }
        String plan = explain(JdbcInvitationStore.PENDING_BY_EMAILS + "(" + Where.placeholders(keys.size()) + ")", keys);

        assertThat(plan).as(plan.length() > 400 ? plan.substring(0, 400) : plan).containsPattern("Index Cond: .*email_key").doesNotContainPattern("Filter: .*email_key");
        // And the lookup itself still finds what it should.
        List<String> found = store.read(tx -> tx.invitations().findPendingByEmails(GROWN, List.of("g7@x.example", "new1@x.example")))
                .stream().map(i -> i.email().canonical()).toList();
        assertThat(found).containsExactly("g7@x.example");
    }

    private String explain(String sql, List<String> keys) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            ps.setString(1, GROWN.value());
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 2, keys.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
