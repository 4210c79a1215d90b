package dev.roster.adapters.inmemory;

import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxBacklog;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxState;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The outbox; claims need no row locks here, since units that write run one at a time. */
final class InMemoryOutboxStore implements OutboxStore {
    private static final Comparator<OutboxMessage> CLAIM_ORDER = Comparator.comparingInt(OutboxMessage::priority)
            .thenComparing(OutboxMessage::dueAt).thenComparing(OutboxMessage::id);
    private static final Comparator<OutboxMessage> NEWEST_LAST = Comparator.comparing(OutboxMessage::createdAt)
            .thenComparing(OutboxMessage::id);

    private final InMemoryData data;

    InMemoryOutboxStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void enqueue(List<OutboxMessage> messages) {
        Set<OutboxMessageId> ids = new HashSet<>();
        for (OutboxMessage message : messages) {
            StoredValues.check(message);
            if (message.state() != OutboxState.QUEUED || message.attempts() != 0 || message.leaseOwner() != null) {
                throw new IllegalArgumentException("only new, never attempted messages are queued: " + message);
            }
            if (data.outbox.containsKey(message.id()) || !ids.add(message.id())) {
                throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "outbox message " + message.id() + " already exists");
            }
        }
        messages.forEach(m -> data.outbox.put(m.id(), m));
    }

    @Override
    public List<OutboxMessage> claim(Instant now, Instant leaseUntil, String owner, int limit) {
        StoredValues.checkDelivery(owner, null);
        List<OutboxMessage> due = data.outbox.values().stream()
                .filter(m -> m.state() == OutboxState.QUEUED && !m.dueAt().isAfter(now))
                .sorted(CLAIM_ORDER).limit(limit).toList();
        return due.stream().map(m -> change(m, c -> new OutboxMessage(c.id(), c.tenantId(), c.kind(), c.subject(), c.priority(),
                c.sealedSecret(), OutboxState.QUEUED, c.attempts() + 1, leaseUntil, owner, c.createdAt(), null, c.lastError()))).toList();
    }

    @Override
    public int markSent(Collection<OutboxMessageId> ids, String owner, Instant at) {
        int marked = 0;
        for (OutboxMessageId id : new HashSet<>(ids)) {
            if (finish(id, owner, OutboxState.SENT, at, null)) {
                marked++;
            }
        }
        return marked;
    }

    @Override
    public boolean retryLater(OutboxMessageId id, String owner, Instant dueAt, String error) {
        StoredValues.checkDelivery(owner, error);
        OutboxMessage held = held(id, owner);
        if (held == null) {
            return false;
        }
        change(held, m -> new OutboxMessage(m.id(), m.tenantId(), m.kind(), m.subject(), m.priority(), m.sealedSecret(),
                OutboxState.QUEUED, m.attempts(), dueAt, null, m.createdAt(), null, error));
        return true;
    }

    @Override
    public boolean giveBack(OutboxMessageId id, String owner, Instant dueAt) {
        StoredValues.checkDelivery(owner, null);
        OutboxMessage held = held(id, owner);
        if (held == null || held.attempts() == 0) {
            return false;
        }
        change(held, m -> new OutboxMessage(m.id(), m.tenantId(), m.kind(), m.subject(), m.priority(), m.sealedSecret(),
                OutboxState.QUEUED, m.attempts() - 1, dueAt, null, m.createdAt(), null, m.lastError()));
        return true;
    }

    @Override
    public boolean markDead(OutboxMessageId id, String owner, Instant at, String error) {
        return finish(id, owner, OutboxState.DEAD, at, error);
    }

    @Override
    public boolean cancelHeld(OutboxMessageId id, String owner, Instant at) {
        OutboxMessage held = held(id, owner);
        if (held == null) {
            return false;
        }
        change(held, m -> finished(m, OutboxState.CANCELLED, at, m.lastError()));
        return true;
    }

    @Override
    public int cancel(TenantId tenant, UUID subject, Instant at) {
        List<OutboxMessage> open = data.outbox.values().stream()
                .filter(m -> m.tenantId().equals(tenant) && m.subject().equals(subject))
                .filter(m -> m.state() == OutboxState.QUEUED || m.state() == OutboxState.DEAD).toList();
        open.forEach(m -> change(m, c -> finished(c, OutboxState.CANCELLED, at, c.lastError())));
        return open.size();
    }

    @Override
    public int forget(TenantId tenant, UUID subject) {
        List<OutboxMessage> about = data.outbox.values().stream().filter(m -> m.tenantId().equals(tenant) && m.subject().equals(subject))
                .toList();
        about.forEach(m -> data.outbox.remove(m.id()));
        return about.size();
    }

    @Override
    public Optional<OutboxMessage> find(TenantId tenant, OutboxMessageId id) {
        return Optional.ofNullable(data.outbox.get(id)).filter(m -> m.tenantId().equals(tenant));
    }

    @Override
    public Map<UUID, OutboxMessage> latest(TenantId tenant, Collection<UUID> subjects) {
        Set<UUID> wanted = new HashSet<>(subjects);
        Map<UUID, OutboxMessage> latest = new HashMap<>();
        data.outbox.values().stream().filter(m -> m.tenantId().equals(tenant) && wanted.contains(m.subject())).sorted(NEWEST_LAST)
                .forEach(m -> latest.put(m.subject(), m));
        return latest;
    }

    @Override
    public int prune(Instant finishedBefore, Instant deadBefore, int limit) {
        List<OutboxMessageId> old = data.outbox.values().stream().filter(m -> m.finishedAt() != null)
                .filter(m -> m.finishedAt().isBefore(m.state() == OutboxState.DEAD ? deadBefore : finishedBefore))
                .map(OutboxMessage::id).sorted().limit(limit).toList();
        old.forEach(data.outbox::remove);
        return old.size();
    }

    @Override
    public OutboxBacklog backlog(Instant now) {
        long queued = 0;
        long due = 0;
        long dead = 0;
        Instant oldestDue = null;
        for (OutboxMessage m : data.outbox.values()) {
            if (m.state() == OutboxState.DEAD) {
                dead++;
            } else if (m.state() == OutboxState.QUEUED) {
                queued++;
                if (!m.dueAt().isAfter(now)) {
                    due++;
                    oldestDue = oldestDue == null || m.dueAt().isBefore(oldestDue) ? m.dueAt() : oldestDue;
                }
            }
        }
        return new OutboxBacklog(queued, due, dead, oldestDue);
    }

    private boolean finish(OutboxMessageId id, String owner, OutboxState state, Instant at, String error) {
        StoredValues.checkDelivery(owner, error);
        OutboxMessage held = held(id, owner);
        if (held == null) {
            return false;
        }
        change(held, m -> finished(m, state, at, error));
        return true;
    }

    private OutboxMessage held(OutboxMessageId id, String owner) {
        OutboxMessage message = data.outbox.get(id);
        return message != null && message.state() == OutboxState.QUEUED && owner.equals(message.leaseOwner()) ? message : null;
    }

    private static OutboxMessage finished(OutboxMessage m, OutboxState state, Instant at, String error) {
        return new OutboxMessage(m.id(), m.tenantId(), m.kind(), m.subject(), m.priority(), null, state, m.attempts(), m.dueAt(),
                m.leaseOwner(), m.createdAt(), at, error);
    }

    private OutboxMessage change(OutboxMessage message, UnaryOperator<OutboxMessage> change) {
        OutboxMessage changed = change.apply(message);
        data.outbox.put(changed.id(), changed);
        return changed;
    }
}
