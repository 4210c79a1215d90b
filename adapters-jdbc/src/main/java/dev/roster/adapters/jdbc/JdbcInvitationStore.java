package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Invitations; one pending per email comes from a unique index; counts from counters kept in step. */
final class JdbcInvitationStore implements InvitationStore {
    private static final String SELECT = "SELECT " + InvitationRows.SELECT_COLUMNS + " FROM roster_invitation ";
    /** Open invitations of a tenant by address; the list of addresses follows. */
    static final String PENDING_BY_EMAILS = SELECT + "WHERE tenant_id = " + Sql.TENANT_UNSEEN_BY_PLANNER
            + " AND status = 'PENDING' AND email_key IN ";

    private final Sql sql;
    private final Counters counters;

    JdbcInvitationStore(Sql sql, Counters counters) {
        this.sql = sql;
        this.counters = counters;
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return sql.one("find invitation", SELECT + "WHERE tenant_id = ? AND invitation_id = ?",
                p -> p.string(tenant.value()).uuid(id.value()), InvitationRows::invitation);
    }

    @Override
    public Optional<Invitation> findByTokenHash(TenantId tenant, String tokenHash) {
        return sql.one("find invitation by token", SELECT + "WHERE tenant_id = ? AND token_hash = ?",
                p -> p.string(tenant.value()).string(tokenHash), InvitationRows::invitation);
    }

    @Override
    public Optional<Invitation> findPending(TenantId tenant, String canonicalEmail) {
        return sql.one("find pending invitation", SELECT + "WHERE tenant_id = ? AND email_key = ? AND status = 'PENDING'",
                p -> p.string(tenant.value()).string(canonicalEmail), InvitationRows::invitation);
    }

    @Override
    public List<Invitation> findByEmail(TenantId tenant, String canonicalEmail) {
        return sql.list("find invitations by email", SELECT + "WHERE tenant_id = ? AND email_key = ? ORDER BY created_at, invitation_id",
                p -> p.string(tenant.value()).string(canonicalEmail), InvitationRows::invitation);
    }

    @Override
    public List<Invitation> findPendingByEmails(TenantId tenant, Collection<String> canonicalEmails) {
        return sql.listIn("find pending invitations", PENDING_BY_EMAILS,
                tenant, canonicalEmails, InvitationRows::invitation);
    }

    @Override
    public void insert(Invitation invitation) {
        insertAll(List.of(invitation));
    }

    @Override
    public void insertAll(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        invitations.forEach(StoredValues::check);
        sql.batch("insert invitations", InvitationRows.INSERT, invitations, InvitationRows::bindInsert);
        Map<TenantId, Map<InvitationStatus, Long>> added = new java.util.HashMap<>();
        for (Invitation i : invitations) {
            added.computeIfAbsent(i.tenantId(), t -> new EnumMap<>(InvitationStatus.class)).merge(i.status(), 1L, Long::sum);
        }
        added.forEach((tenant, byStatus) -> byStatus.forEach((status, n) -> counters.invitation(tenant, status, n)));
    }

    @Override
    public Invitation update(Invitation invitation) {
        StoredValues.check(invitation);
        Locked locked = sql.one("lock invitation", "SELECT status, email FROM roster_invitation WHERE tenant_id = ? "
                        + "AND invitation_id = ? FOR UPDATE", p -> p.string(invitation.tenantId().value()).uuid(invitation.id().value()),
                rs -> new Locked(InvitationStatus.valueOf(rs.getString(1)), rs.getString(2)))
                .orElseThrow(() -> new StaleVersionException("invitation", invitation.id(), invitation.version()));
        InvitationStatus before = locked.status();
        int rows = sql.update("update invitation", InvitationRows.UPDATE, p -> InvitationRows.bindUpdate(p, invitation));
        if (rows == 0) {
            throw new StaleVersionException("invitation", invitation.id(), invitation.version());
        }
        if (!locked.email().equals(invitation.email().value())) {
            EmailKeyReport.forget(sql, invitation.tenantId(), "invitation", invitation.id().value()); // it named the old address
        }
        if (before != invitation.status()) {
            counters.invitation(invitation.tenantId(), before, -1);
            counters.invitation(invitation.tenantId(), invitation.status(), 1);
        }
        return invitation.withVersion(invitation.version() + 1);
    }

    @Override
    public Page<Invitation> search(InvitationQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        if (!q.statuses().isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            List<Sql.Binder> times = new ArrayList<>();
            for (InvitationStatus status : q.statuses()) {
                alternatives.add(statusAsOfNow(status, times, q.now()));
            }
            where.and("(" + String.join(" OR ", alternatives) + ")", p -> {
                for (Sql.Binder b : times) {
                    b.bind(p);
                }
            });
        }
        if (q.text() != null) {
            where.and("email_key LIKE ?" + Like.ESCAPE, p -> p.string(Like.contains(q.text().toLowerCase(Locale.ROOT))));
        }
        if (q.after() != null) {
            where.and("(created_at, invitation_id) < (?, ?)", p -> p.instant(q.after().createdAt()).uuid(q.after().id().value()));
        }
        List<Invitation> rows = sql.list("search invitations", SELECT + "WHERE " + where
                + " ORDER BY created_at DESC, invitation_id DESC LIMIT ?", p -> {
                    where.bind(p);
                    p.number(q.limit() + 1L);
                }, InvitationRows::invitation);
        return Page.ofOneMore(rows, q.limit());
    }

    /** The condition for "has this status as of now": an overdue PENDING invitation is EXPIRED. */
    private static String statusAsOfNow(InvitationStatus status, List<Sql.Binder> binds, Instant now) {
        switch (status) {
            case PENDING -> {
                binds.add(p -> p.instant(now));
                return "(status = 'PENDING' AND (expires_at IS NULL OR expires_at > ?))";
            }
            case EXPIRED -> {
                binds.add(p -> p.instant(now));
                return "(status = 'EXPIRED' OR (status = 'PENDING' AND expires_at <= ?))";
            }
            default -> {
                return "status = '" + status.name() + "'";
            }
        }
    }

    @Override
    public Map<InvitationStatus, Long> countByStatus(TenantId tenant, Instant now) {
        return counters.invitations(tenant, now);
    }

    @Override
    public List<Invitation> findOverdue(TenantId tenant, Instant now, int limit) {
        return sql.list("find overdue invitations", SELECT + "WHERE tenant_id = ? AND status = 'PENDING' AND expires_at <= ? "
                + "ORDER BY expires_at, invitation_id LIMIT ?", p -> p.string(tenant.value()).instant(now).number(limit),
                InvitationRows::invitation);
    }

    /** The stored status and address of a row being updated. */
    private record Locked(InvitationStatus status, String email) {
    }
}
