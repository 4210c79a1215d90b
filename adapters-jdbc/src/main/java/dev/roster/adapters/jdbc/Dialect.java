package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StoreException;
import dev.roster.spi.outbox.OutboxMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The databases Roster's JDBC store speaks, told apart by {@link java.sql.DatabaseMetaData}. Each
 * constant holds only what differs; everything else is shared SQL.
 */
public enum Dialect {
    POSTGRESQL("postgresql") {
        @Override
        String upsertCounter(String table, String keyColumns, int keys) {
            return "INSERT INTO " + table + " (" + keyColumns + ", n) VALUES (" + "?, ".repeat(keys) + "?) ON CONFLICT (" + keyColumns
                    + ") DO UPDATE SET n = " + table + ".n + EXCLUDED.n";
        }

        @Override
        String replaceRow(String table, List<String> keys, List<String> values) {
            List<String> set = values.stream().map(c -> c + " = EXCLUDED." + c).toList();
            return "INSERT INTO " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", values) + ") VALUES ("
                    + "?, ".repeat(keys.size() + values.size() - 1) + "?) ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                    + String.join(", ", set);
        }

        @Override
        String localDate(String timestampColumn) {
            return "CAST((" + timestampColumn + " AT TIME ZONE ?) AS date)";
        }

        @Override
        boolean hasTrigramIndex() {
            return true;
        }

        /** Answered by the GIN index on the array form of the roles (migration V2). */
        @Override
        String anyRole(String column, int roles) {
            return "string_to_array(" + column + ", ',') && ARRAY[" + Where.placeholders(roles) + "]::text[]";
        }

        @Override
        String anyRoleBinding(String role) {
            return role;
        }

        /** One statement: atomic even when the unit commits statement by statement. */
        @Override
        List<OutboxMessage> claimOutbox(Sql sql, Instant now, Instant leaseUntil, String owner, int limit) {
            List<Claimed> claimed = sql.list("claim mail", "WITH picked AS (SELECT message_id, due_at AS was_due FROM roster_outbox "
                    + "WHERE state = 'QUEUED' AND due_at <= ? ORDER BY " + JdbcOutboxStore.CLAIM_ORDER + " LIMIT ? FOR UPDATE SKIP LOCKED) "
                    + "UPDATE roster_outbox o SET attempts = o.attempts + 1, lease_owner = ?, due_at = ? FROM picked "
                    + "WHERE o.message_id = picked.message_id RETURNING o.*, picked.was_due",
                    p -> p.instant(now).number(limit).string(owner).instant(leaseUntil),
                    rs -> new Claimed(JdbcOutboxStore.message(rs), Sql.instant(rs, "was_due")));
            return claimed.stream().sorted(Claimed.ORDER).map(Claimed::message).toList();
        }

        /** PostgreSQL reads "+02:00" as a POSIX zone, west-positive: flip the sign of a fixed offset. */
        @Override
        String offsetName(java.time.ZoneOffset offset) {
            // AT TIME ZONE reads '+01:00' the POSIX way, as west of Greenwich: hand it the opposite sign.
            return offset.getTotalSeconds() == 0 ? "UTC" : java.time.ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds()).getId();
        }
    },
    H2("h2") {
        @Override
        String upsertCounter(String table, String keyColumns, int keys) {
            String[] columns = keyColumns.split(",\\s*");
            StringBuilder on = new StringBuilder();
            for (String c : columns) {
                on.append(on.length() == 0 ? "" : " AND ").append("t.").append(c).append(" = s.").append(c);
            }
            return "MERGE INTO " + table + " t USING (VALUES (" + "?, ".repeat(keys) + "?)) s(" + keyColumns + ", n) ON (" + on
                    + ") WHEN MATCHED THEN UPDATE SET t.n = t.n + s.n WHEN NOT MATCHED THEN INSERT (" + keyColumns
                    + ", n) VALUES (" + "s." + String.join(", s.", columns) + ", s.n)";
        }

        @Override
        String replaceRow(String table, List<String> keys, List<String> values) {
            return "MERGE INTO " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", values) + ") KEY ("
                    + String.join(", ", keys) + ") VALUES (" + "?, ".repeat(keys.size() + values.size() - 1) + "?)";
        }

        /** H2 casts to DATE in the session's zone, so format the date in the wanted zone instead. */
        @Override
        String localDate(String timestampColumn) {
            return "FORMATDATETIME(" + timestampColumn + ", 'yyyy-MM-dd', 'en', ?)";
        }

        @Override
        boolean hasTrigramIndex() {
            return false;
        }
    };

    private final String folder;
    // Built once: every unit of work uses them.
    private String userCounterUpsert;
    private String invitationCounterUpsert;

    Dialect(String folder) {
        this.folder = folder;
    }

    String userCounterUpsert() {
        if (userCounterUpsert == null) {
            userCounterUpsert = upsertCounter("roster_user_count", "tenant_id, status, user_type", 3);
        }
        return userCounterUpsert;
    }

    String invitationCounterUpsert() {
        if (invitationCounterUpsert == null) {
            invitationCounterUpsert = upsertCounter("roster_invitation_count", "tenant_id, status", 2);
        }
        return invitationCounterUpsert;
    }

    /** The folder of this database's migrations under {@code db/roster/}. */
    public String migrationFolder() {
        return folder;
    }

    /** Adds {@code n} (the last parameter) to a counter row keyed by {@code keys} parameters, creating it if needed. */
    abstract String upsertCounter(String table, String keyColumns, int keys);

    /** Inserts a row, or replaces the values of the row with the same key: the keys' parameters first, then the values'. */
    abstract String replaceRow(String table, List<String> keys, List<String> values);

    /** The calendar date (read as text, yyyy-MM-dd) of a timestamp column in a zone given as the next parameter. */
    abstract String localDate(String timestampColumn);

    /**
     * Claims due outbox messages for {@code owner} (see {@link dev.roster.spi.outbox.OutboxStore#claim}). This default
     * locks them with {@code SELECT ... FOR UPDATE SKIP LOCKED} and leases them in a second statement, which
     * needs the unit of work to be a transaction.
     */
    List<OutboxMessage> claimOutbox(Sql sql, Instant now, Instant leaseUntil,
            String owner, int limit) {
        List<UUID> ids = sql.list("claim mail", "SELECT message_id FROM roster_outbox WHERE state = 'QUEUED' "
                + "AND due_at <= ? ORDER BY " + JdbcOutboxStore.CLAIM_ORDER + " LIMIT ? FOR UPDATE SKIP LOCKED",
                p -> p.instant(now).number(limit), rs -> Sql.uuid(rs, "message_id"));
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " WHERE message_id IN (" + Where.placeholders(ids.size()) + ")";
        sql.update("claim mail", "UPDATE roster_outbox SET attempts = attempts + 1, lease_owner = ?, due_at = ?" + in, p -> {
            p.string(owner).instant(leaseUntil);
            for (UUID id : ids) {
                p.uuid(id);
            }
        });
        Map<UUID, OutboxMessage> byId = new HashMap<>();
        sql.list("claim mail", "SELECT " + JdbcOutboxStore.COLUMNS + " FROM roster_outbox" + in, p -> {
            for (UUID id : ids) {
                p.uuid(id);
            }
        }, JdbcOutboxStore::message).forEach(m -> byId.put(m.id().value(), m));
        return ids.stream().map(byId::get).toList();
    }

    /** A claimed message and when it was due before the claim moved that to the lease's end, for claim order. */
    private record Claimed(OutboxMessage message, Instant wasDue) {
        static final Comparator<Claimed> ORDER = Comparator.comparingInt((Claimed c) -> c.message().priority())
                .thenComparing(Claimed::wasDue).thenComparing(c -> c.message().id());
    }

    /** Whether substring search can use a trigram index (else short texts still match as prefixes). */
    abstract boolean hasTrigramIndex();

    /**
     * The condition "the role list in {@code column} holds one of these roles", with one parameter per role; {@link #anyRoleBinding}
     * says how each is bound. The default matches the stored {@code ,a,b,} text with LIKE.
     */
    String anyRole(String column, int roles) {
        return "(" + String.join(" OR ", java.util.Collections.nCopies(roles, column + " LIKE ?" + Like.ESCAPE)) + ")";
    }

    /** The parameter for one role in {@link #anyRole}: the plain name for an array, a pattern for LIKE. */
    String anyRoleBinding(String role) {
        return Like.contains("," + role + ",");
    }

    /**
     * The zone as this database's {@code AT TIME ZONE} reads it. Every id of a fixed offset
     * ({@code +01:00}, {@code GMT+1}, {@code UTC+05:30}, {@code Etc/GMT-1}) becomes that offset first,
     * so that no database reads a sign the other way round.
     */
    final String zoneName(java.time.ZoneId zone) {
        java.time.ZoneId fixed = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(java.time.Instant.EPOCH) : zone;
        return fixed instanceof java.time.ZoneOffset offset ? offsetName(offset) : fixed.getId();
    }

    /** A fixed offset as {@code AT TIME ZONE} reads it. */
    String offsetName(java.time.ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId();
    }

    public static Dialect detect(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new IllegalArgumentException("Roster's JDBC store supports PostgreSQL and H2, not " + product);
        } catch (SQLException e) {
            throw new StoreException("detect database", e);
        }
    }
}
