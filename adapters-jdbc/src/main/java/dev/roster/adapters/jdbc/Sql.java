package dev.roster.adapters.jdbc;

import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.model.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs statements on the unit's connection and turns every {@link SQLException} into a
 * {@link RosterException} naming the operation: a unique violation becomes the matching
 * {@link DuplicateKeyException}, anything else a {@link StoreException}.
 */
final class Sql {
    /** Unique indexes, by the name both schemas give them, and what their violation means. */
    private static final Map<String, ErrorCode> UNIQUE_RULES = Map.of(
            "roster_user_email_uq", ErrorCode.DUPLICATE_EMAIL,
            "roster_user_username_uq", ErrorCode.DUPLICATE_USERNAME,
            "roster_user_external_id_uq", ErrorCode.DUPLICATE_EXTERNAL_ID,
            "roster_invitation_pending_uq", ErrorCode.DUPLICATE_PENDING_INVITATION,
            "roster_group_name_uq", ErrorCode.DUPLICATE_NAME,
            "roster_session_token_uq", ErrorCode.DUPLICATE_ID,
            "roster_password_reset_token_uq", ErrorCode.DUPLICATE_ID);

    private static final int IN_CHUNK = 500;
    /**
     * A generic plan is made without the parameters' values, so its row estimates can be far off (a
     * big tenant estimated at one row); without sorting or parallel workers on offer, what is left for
     * a keyset page is the walk of an index in the list's order, which is right whatever the values.
     */
    private static final String GENERIC_PLAN = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true), "
            + "set_config('enable_sort', 'off', true), set_config('max_parallel_workers_per_gather', '0', true); ";

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    @FunctionalInterface
    interface Binder {
        void bind(Params p) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String operation, String sql, Binder binder, Row<T> row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(new Params(ps));
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, row);
            }
        } catch (SQLException e) {
            throw translate(operation, e);
        }
    }

    /**
     * {@link #list} for PostgreSQL, planned once per connection: a keyset page whose planning costs
     * more than running it (a union of two short index walks) gets a generic plan, which the server
     * keeps with the prepared statement, instead of a custom plan made on every call. The settings go
     * with the statement in one round trip and are local to its implicit transaction, so they end with
     * it; inside a transaction (the host's, or a unit that writes) they would outlive the statement,
     * which then runs as it is.
     */
    <T> List<T> listWithGenericPlan(String operation, String sql, Binder binder, Row<T> row) {
        try {
            if (!betweenTransactions()) {
                return list(operation, sql, binder, row);
            }
            try (PreparedStatement ps = connection.prepareStatement(GENERIC_PLAN + sql)) {
                binder.bind(new Params(ps));
                ps.execute(); // the setting's own row
                if (!ps.getMoreResults()) {
                    throw new SQLException("the statement returned no rows");
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return rows(rs, row);
                }
            }
        } catch (SQLException e) {
            throw translate(operation, e);
        }
    }

    /**
     * Whether the server has no transaction open on this connection: autocommit alone does not say,
     * since a host may have sent a raw {@code BEGIN}. pgjdbc tracks the server's own answer; through a
     * driver or wrapper that does not tell, the answer is no.
     */
    private boolean betweenTransactions() throws SQLException {
        if (!connection.getAutoCommit()) {
            return false;
        }
        try {
            return connection.isWrapperFor(BaseConnection.class)
                    && connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
        } catch (NoClassDefFoundError e) {
            return false; // another PostgreSQL driver
        }
    }

    private static <T> List<T> rows(ResultSet rs, Row<T> row) throws SQLException {
        List<T> result = new ArrayList<>();
        while (rs.next()) {
            result.add(row.map(rs));
        }
        return result;
    }

    <T> Optional<T> one(String operation, String sql, Binder binder, Row<T> row) {
        List<T> rows = list(operation, sql, binder, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * The tenant parameter of a lookup by a list of keys, behind a scalar subquery so that the
     * planner does not see its value. A tenant that grows from nothing within one import (a new
     * workspace's first upload) keeps the statistics of an empty one until the next analyze; planned
     * with its value, a lookup of 500 addresses walked every open invitation of the tenant (12 ms at
     * 50,000, more with each batch) instead of probing the (tenant, address) index 500 times (2 ms).
     */
    static final String TENANT_UNSEEN_BY_PLANNER = "(SELECT CAST(? AS VARCHAR(64)))";

    /**
     * Rows of a tenant whose key is one of {@code keys}: {@code sqlBeforeList} ends with {@code IN }
     * and has the tenant as its only parameter, as {@link #TENANT_UNSEEN_BY_PLANNER}; the keys go in
     * chunks, so the list never grows huge.
     */
    <T> List<T> listIn(String operation, String sqlBeforeList, dev.roster.spi.model.TenantId tenant, java.util.Collection<String> keys,
            Row<T> row) {
        List<String> distinct = keys.stream().distinct().toList();
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK));
            found.addAll(list(operation, sqlBeforeList + "(" + Where.placeholders(chunk.size()) + ")", p -> {
                p.string(tenant.value());
                for (String key : chunk) {
                    p.string(key);
                }
            }, row));
        }
        return found;
    }

    long count(String operation, String sql, Binder binder) {
        return one(operation, sql, binder, rs -> rs.getLong(1)).orElse(0L);
    }

    int update(String operation, String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(new Params(ps));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(operation, e);
        }
    }

    /** Runs one statement for every item, in JDBC batches of up to 1,000. */
    <T> void batch(String operation, String sql, List<T> items, ItemBinder<T> binder) {
        if (items.size() == 1) {
            update(operation, sql, p -> binder.bind(p, items.get(0)));
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(new Params(ps), item);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw translate(operation, e);
        } catch (AssertionError e) {
            // pgjdbc wraps the SQLException of a connection lost during a batch in an AssertionError.
            if (e.getCause() instanceof SQLException cause) {
                throw translate(operation, cause);
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface ItemBinder<T> {
        void bind(Params p, T item) throws SQLException;
    }

    static RosterException translate(String operation, SQLException e) {
        SQLException cause = e.getNextException() != null && e.getSQLState() == null ? e.getNextException() : e;
        if ("23505".equals(cause.getSQLState())) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, ErrorCode> rule : UNIQUE_RULES.entrySet()) {
                if (message.contains(rule.getKey())) {
                    return new DuplicateKeyException(rule.getValue(), operation + ": " + rule.getValue().name().toLowerCase(Locale.ROOT));
                }
            }
            if (message.contains("_pk") || message.contains("primary key")) {
                return new DuplicateKeyException(ErrorCode.DUPLICATE_ID, operation + ": the id is taken");
            }
        }
        return new StoreException(operation, cause);
    }

    /** Positional parameters with the conversions both databases accept. */
    static final class Params {
        private final PreparedStatement ps;
        private int index;

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        Params string(String value) throws SQLException {
            ps.setString(++index, value);
            return this;
        }

        Params uuid(UUID value) throws SQLException {
            ps.setObject(++index, value);
            return this;
        }

        Params instant(Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(++index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(++index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
            }
            return this;
        }

        Params date(LocalDate value) throws SQLException {
            if (value == null) {
                ps.setNull(++index, java.sql.Types.DATE);
            } else {
                ps.setObject(++index, value);
            }
            return this;
        }

        Params number(long value) throws SQLException {
            ps.setLong(++index, value);
            return this;
        }

        Params integer(Integer value) throws SQLException {
            if (value == null) {
                ps.setNull(++index, java.sql.Types.INTEGER);
            } else {
                ps.setInt(++index, value);
            }
            return this;
        }

        Params bool(boolean value) throws SQLException {
            ps.setBoolean(++index, value);
            return this;
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
