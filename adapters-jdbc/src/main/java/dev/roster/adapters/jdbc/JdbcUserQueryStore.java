package dev.roster.adapters.jdbc;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.DayCount;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.ProjectedUser;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.UserColumn;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserQueryStore;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists by keyset on (sort key, user id) through the matching index; counts from the counters;
 * trends grouped in SQL. Search text is lower-cased here and matched as plain text.
 */
final class JdbcUserQueryStore implements UserQueryStore {
    private final Sql sql;
    private final Dialect dialect;
    private final Counters counters;
    private final ListConditions conditions;

    JdbcUserQueryStore(Sql sql, Dialect dialect, Counters counters) {
        this.sql = sql;
        this.dialect = dialect;
        this.counters = counters;
        this.conditions = new ListConditions(dialect);
    }

    @Override
    public Page<User> search(UserQuery q) {
        return page(q, UserRows.SELECT_COLUMNS, new UserRows.Reader());
    }

    @Override
    public Page<ProjectedUser> project(UserQuery q, List<UserColumn> columns) {
        UserProjection projection = new UserProjection(q.sort(), columns);
        return page(q, projection.selectList(), projection);
    }

    /** One keyset page of the list, each row selected and mapped as given. */
    private <T> Page<T> page(UserQuery q, String selectList, Sql.Row<T> row) {
        String key = ListConditions.keyColumn(q.sort());
        String direction = q.descending() ? "DESC" : "ASC";
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        // A deleted user past its window is gone, whether or not the purge has run.
        where.and("(status <> 'DELETED' OR purge_after > ?)", p -> p.instant(q.now()));
        if (!q.statuses().isEmpty()) {
            where.and("status IN (" + Where.placeholders(q.statuses().size()) + ")", p -> {
                for (UserStatus status : q.statuses()) {
                    p.string(status.name());
                }
            });
        }
        if (q.text() != null) {
            conditions.text(where, q.text(), true);
        }
        if (!q.anyRole().isEmpty()) {
            conditions.anyRole(where, q.anyRole(), q.statuses().isEmpty() || q.statuses().contains(UserStatus.DELETED));
        }
        if (!q.userTypes().isEmpty()) {
            ListConditions.userTypes(where, q.userTypes());
        }
        if (q.registeredFrom() != null) {
            where.and("created_at >= ?", p -> p.instant(q.registeredFrom()));
        }
        if (q.registeredTo() != null) {
            where.and("created_at < ?", p -> p.instant(q.registeredTo()));
        }
        if (q.promoCode() != null) {
            where.and("promo_code = ?", p -> p.string(q.promoCode()));
        }
        if (q.referredBy() != null) {
            where.and("referred_by = ?", p -> p.uuid(q.referredBy().value()));
        }
        if (q.after() != null) {
            where.and("(" + key + ", user_id) " + (q.descending() ? "<" : ">") + " (?, ?)", p -> {
                bindKey(p, q.after().key());
                p.uuid(q.after().id().value());
            });
        }
        String statement = "SELECT " + selectList + " FROM roster_user WHERE " + where + " ORDER BY " + key + " " + direction
                + ", user_id " + direction + " LIMIT ?";
        List<T> rows = sql.list("search users", statement, p -> {
            where.bind(p);
            p.number(q.limit() + 1L);
        }, row);
        return Page.ofOneMore(rows, q.limit());
    }

    static void bindKey(Sql.Params p, Comparable<?> key) throws SQLException {
        if (key instanceof Instant instant) {
            p.instant(instant);
        } else {
            p.string((String) key);
        }
    }

    @Override
    public List<StatusTypeCount> countByStatusAndType(TenantId tenant, Instant now) {
        return counters.users(tenant, now);
    }

    @Override
    public List<DayCount> countRegistrationsByDay(TenantId tenant, Instant from, Instant to, ZoneId zone) {
        String day = dialect.localDate("created_at");
        return sql.list("count registrations", "SELECT d, count(*) FROM (SELECT " + day + " AS d FROM roster_user "
                + "WHERE tenant_id = ? AND created_at >= ? AND created_at < ?) days GROUP BY d ORDER BY d",
                p -> p.string(dialect.zoneName(zone)).string(tenant.value()).instant(from).instant(to),
                rs -> new DayCount(java.time.LocalDate.parse(rs.getString(1)), rs.getLong(2)));
    }

    @Override
    public Map<String, Long> countByReferrerOrigin(TenantId tenant, Instant from, Instant to) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list("count referrers", "SELECT referrer_origin, count(*) FROM roster_user WHERE tenant_id = ? AND created_at >= ? "
                + "AND created_at < ? GROUP BY referrer_origin", p -> p.string(tenant.value()).instant(from).instant(to), rs -> {
                    String origin = rs.getString(1);
                    counts.merge(origin == null ? "" : origin, rs.getLong(2), Long::sum);
                    return origin;
                });
        return counts;
    }

    @Override
    public long countReferredBy(TenantId tenant, UserId referrer, Instant now) {
        return sql.count("count referred users", "SELECT count(*) FROM roster_user WHERE tenant_id = ? AND referred_by = ? "
                + "AND (status <> 'DELETED' OR purge_after > ?)", p -> p.string(tenant.value()).uuid(referrer.value()).instant(now));
    }
}
