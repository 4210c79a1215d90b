package dev.roster.benchmarks.store;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.RosterStore;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;

/** 100,000 invitations through the store's batch insert, against PostgreSQL COPY of the same rows. */
final class BulkInsertComparison {
    private BulkInsertComparison() {
    }

    static String run(Connection c, RosterStore pooled) throws Exception {
        int rows = 100_000;
        double bestStore = Double.MAX_VALUE;
        double bestCopy = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            TenantId tenant = TenantId.of("bulk" + round);
            try (Statement s = c.createStatement()) {
                // left by an earlier run on the same database (-Dstore.url); its invitations were cleared
                s.execute("INSERT INTO roster_tenant VALUES ('" + tenant + "', 'bulk', '', NULL, now(), 0) ON CONFLICT DO NOTHING");
            }
            List<Invitation> invitations = invitations(tenant, rows);
            long t0 = System.nanoTime();
            pooled.inTransaction(tx -> {
                tx.invitations().insertAll(invitations);
                return null;
            });
            double storeSeconds = (System.nanoTime() - t0) / 1e9;
            clear(c, tenant);
            String csv = csv(invitations);
            t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY roster_invitation (" + COPY_COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv));
            double copySeconds = (System.nanoTime() - t0) / 1e9;
            clear(c, tenant);
            System.out.printf(Locale.ROOT, "round %d: store insertAll %,.0f rows/s, raw COPY %,.0f rows/s%n", round, rows / storeSeconds,
                    rows / copySeconds);
            bestStore = Math.min(bestStore, storeSeconds);
            bestCopy = Math.min(bestCopy, copySeconds);
        }
        return StoreBenchmark.bar("batch insert rows/s / COPY rows/s", bestCopy / bestStore, ">= 0.5", 0.5, false);
    }

    private static void clear(Connection c, TenantId tenant) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM roster_invitation WHERE tenant_id = '" + tenant + "'");
            s.execute("DELETE FROM roster_invitation_count WHERE tenant_id = '" + tenant + "'");
        }
    }

    private static List<Invitation> invitations(TenantId tenant, int rows) {
        List<Invitation> list = new ArrayList<>(rows);
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            String hash = String.format(Locale.ROOT, "%064x", new java.math.BigInteger(1, UUID.randomUUID().toString().getBytes()))
                    .substring(0, 64);
            list.add(new Invitation(InvitationId.of(UUID.randomUUID()), tenant, EmailAddress.of("bulk" + i + "@import.example"), hash,
                    Set.of(RoleId.of("member")), "member", Map.of(), null, "Welcome", null, InvitationStatus.PENDING, now,
                    now.plusSeconds(604800), now, 0, null, null, 0));
        }
        return list;
    }

    private static final String COPY_COLUMNS = "tenant_id, invitation_id, email, email_key, token_hash, roles, user_type, permission_flags, "
            + "message, status, created_at, expires_at, last_sent_at, resend_count, version, name_key, search_text";

    /** The same rows as CSV for COPY (the peer); empty optional columns are left to their NULL default. */
    private static String csv(List<Invitation> invitations) {
        StringBuilder out = new StringBuilder(invitations.size() * 256);
        for (Invitation i : invitations) {
            out.append(i.tenantId()).append(',').append(i.id()).append(',').append(i.email().value()).append(',')
                    .append(i.email().canonical()).append(',').append(i.tokenHash()).append(",\",member,\",member,\"\",")
                    .append(i.message()).append(",PENDING,").append(i.createdAt()).append(',').append(i.expiresAt()).append(',')
                    .append(i.lastSentAt()).append(",0,0,").append(i.email().canonical()).append(',').append(i.email().canonical()).append('\n');
        }
        return out.toString();
    }
}
