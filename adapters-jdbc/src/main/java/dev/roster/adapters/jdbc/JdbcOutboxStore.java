package dev.roster.adapters.jdbc;

import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxBacklog;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxState;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoredValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table. A claim is one statement on PostgreSQL ({@code UPDATE ... WHERE message_id IN
 * (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING}), so it stays atomic even on a host's connection in
 * autocommit; each mark is one conditional {@code UPDATE} naming the holder.
 */
final class JdbcOutboxStore implements OutboxStore {
    static final String COLUMNS = "message_id, tenant_id, kind, subject_id, priority, sealed_secret, state, attempts, due_at, lease_owner, "
            + "created_at, finished_at, last_error";
    static final String CLAIM_ORDER = "priority, due_at, message_id";

    private final Sql sql;
    private final Dialect dialect;

    JdbcOutboxStore(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void enqueue(List<OutboxMessage> messages) {
        for (OutboxMessage message : messages) {
            StoredValues.check(message);
            if (message.state() != OutboxState.QUEUED || message.attempts() != 0 || message.leaseOwner() != null) {
                throw new IllegalArgumentException("only new, never attempted messages are queued: " + message);
            }
        }
        sql.batch("queue mail", "INSERT INTO roster_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", messages,
                (p, m) -> p.uuid(m.id().value()).string(m.tenantId().value()).string(m.kind().name()).uuid(m.subject())
                        .number(m.priority()).string(m.sealedSecret()).string(m.state().name()).number(m.attempts()).instant(m.dueAt())
                        .string(m.leaseOwner()).instant(m.createdAt()).instant(m.finishedAt()).string(m.lastError()));
    }

    @Override
    public List<OutboxMessage> claim(Instant now, Instant leaseUntil, String owner, int limit) {
        StoredValues.checkDelivery(owner, null);
        return dialect.claimOutbox(sql, now, leaseUntil, owner, limit);
    }

    @Override
    public int markSent(Collection<OutboxMessageId> ids, String owner, Instant at) {
        StoredValues.checkDelivery(owner, null);
        List<UUID> distinct = ids.stream().map(OutboxMessageId::value).distinct().toList();
        int marked = 0;
        for (int from = 0; from < distinct.size(); from += 500) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            marked += sql.update("mark mail sent", "UPDATE roster_outbox SET state = 'SENT', sealed_secret = NULL, finished_at = ? "
                    + "WHERE message_id IN (" + Where.placeholders(chunk.size()) + ") AND state = 'QUEUED' AND lease_owner = ?", p -> {
                        p.instant(at);
                        for (UUID id : chunk) {
                            p.uuid(id);
                        }
                        p.string(owner);
                    });
        }
        return marked;
    }

    @Override
    public boolean retryLater(OutboxMessageId id, String owner, Instant dueAt, String error) {
        StoredValues.checkDelivery(owner, error);
        return sql.update("retry mail later", "UPDATE roster_outbox SET due_at = ?, lease_owner = NULL, last_error = ? "
                + "WHERE message_id = ? AND state = 'QUEUED' AND lease_owner = ?",
                p -> p.instant(dueAt).string(error).uuid(id.value()).string(owner)) > 0;
    }

    @Override
    public boolean giveBack(OutboxMessageId id, String owner, Instant dueAt) {
        StoredValues.checkDelivery(owner, null);
        return sql.update("give mail back", "UPDATE roster_outbox SET due_at = ?, lease_owner = NULL, attempts = attempts - 1 "
                + "WHERE message_id = ? AND state = 'QUEUED' AND lease_owner = ? AND attempts > 0",
                p -> p.instant(dueAt).uuid(id.value()).string(owner)) > 0;
    }

    @Override
    public boolean markDead(OutboxMessageId id, String owner, Instant at, String error) {
        StoredValues.checkDelivery(owner, error);
        return sql.update("give up mail", "UPDATE roster_outbox SET state = 'DEAD', sealed_secret = NULL, finished_at = ?, last_error = ? "
                + "WHERE message_id = ? AND state = 'QUEUED' AND lease_owner = ?",
                p -> p.instant(at).string(error).uuid(id.value()).string(owner)) > 0;
    }

    @Override
    public boolean cancelHeld(OutboxMessageId id, String owner, Instant at) {
        StoredValues.checkDelivery(owner, null);
        return sql.update("cancel held mail", "UPDATE roster_outbox SET state = 'CANCELLED', sealed_secret = NULL, finished_at = ? "
                + "WHERE message_id = ? AND state = 'QUEUED' AND lease_owner = ?", p -> p.instant(at).uuid(id.value()).string(owner)) > 0;
    }

    @Override
    public int cancel(TenantId tenant, UUID subject, Instant at) {
        return sql.update("cancel mail", "UPDATE roster_outbox SET state = 'CANCELLED', sealed_secret = NULL, finished_at = ? "
                + "WHERE tenant_id = ? AND subject_id = ? AND state IN ('QUEUED', 'DEAD')",
                p -> p.instant(at).string(tenant.value()).uuid(subject));
    }

    @Override
    public int forget(TenantId tenant, UUID subject) {
        return sql.update("forget mail", "DELETE FROM roster_outbox WHERE tenant_id = ? AND subject_id = ?",
                p -> p.string(tenant.value()).uuid(subject));
    }

    @Override
    public Optional<OutboxMessage> find(TenantId tenant, OutboxMessageId id) {
        return sql.one("find mail", "SELECT " + COLUMNS + " FROM roster_outbox WHERE message_id = ? AND tenant_id = ?",
                p -> p.uuid(id.value()).string(tenant.value()), JdbcOutboxStore::message);
    }

    @Override
    public Map<UUID, OutboxMessage> latest(TenantId tenant, Collection<UUID> subjects) {
        Map<UUID, OutboxMessage> latest = new HashMap<>();
        List<UUID> distinct = subjects.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            sql.list("find latest mail", "SELECT " + COLUMNS + " FROM roster_outbox WHERE tenant_id = ? AND subject_id IN ("
                    + Where.placeholders(chunk.size()) + ") ORDER BY created_at, message_id", p -> {
                        p.string(tenant.value());
                        for (UUID subject : chunk) {
                            p.uuid(subject);
                        }
                    }, JdbcOutboxStore::message).forEach(m -> latest.put(m.subject(), m));
        }
        return latest;
    }

    @Override
    public int prune(Instant finishedBefore, Instant deadBefore, int limit) {
        return sql.update("prune mail", "DELETE FROM roster_outbox WHERE message_id IN (SELECT message_id FROM roster_outbox "
                + "WHERE (state IN ('SENT', 'CANCELLED') AND finished_at < ?) OR (state = 'DEAD' AND finished_at < ?) "
                + "ORDER BY message_id LIMIT ?)", p -> p.instant(finishedBefore).instant(deadBefore).number(limit));
    }

    @Override
    public OutboxBacklog backlog(Instant now) {
        return sql.one("read the outbox's backlog", "SELECT "
                + "COUNT(CASE WHEN state = 'QUEUED' THEN 1 END), "
                + "COUNT(CASE WHEN state = 'QUEUED' AND due_at <= ? THEN 1 END), "
                + "COUNT(CASE WHEN state = 'DEAD' THEN 1 END), "
                + "MIN(CASE WHEN state = 'QUEUED' AND due_at <= ? THEN due_at END) "
                + "FROM roster_outbox WHERE state IN ('QUEUED', 'DEAD')", p -> p.instant(now).instant(now),
                rs -> new OutboxBacklog(rs.getLong(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, 4))).orElse(OutboxBacklog.EMPTY);
    }

    static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(OutboxMessageId.of(Sql.uuid(rs, "message_id")), TenantId.of(rs.getString("tenant_id")),
                MailKind.valueOf(rs.getString("kind")), Sql.uuid(rs, "subject_id"), rs.getInt("priority"), rs.getString("sealed_secret"),
                OutboxState.valueOf(rs.getString("state")), rs.getInt("attempts"), Sql.instant(rs, "due_at"), rs.getString("lease_owner"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "finished_at"), rs.getString("last_error"));
    }
}
