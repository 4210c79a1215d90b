package dev.roster.adapters.inmemory;

import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

final class InMemoryAuditStore implements AuditStore {
    private static final Comparator<AuditEntry> NEWEST_FIRST =
            Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed();

    private final InMemoryData data;
    private final LongSupplier sequence;

    InMemoryAuditStore(InMemoryData data, LongSupplier sequence) {
        this.data = data;
        this.sequence = sequence;
    }

    @Override
    public void append(AuditEntry entry) {
        StoredValues.check(entry);
        data.audit.put(sequence.getAsLong(), entry);
    }

    @Override
    public boolean redact(TenantId tenant, AuditEntryId id, Map<String, String> details) {
        Long key = data.audit.keyWhere(e -> e.id().equals(id) && e.tenantId().equals(tenant));
        if (key == null) {
            return false;
        }
        AuditEntry e = data.audit.get(key);
        AuditEntry redacted = new AuditEntry(e.id(), e.tenantId(), e.actor(), e.action(), e.targetType(), e.targetId(), e.at(), details);
        StoredValues.check(redacted);
        data.audit.put(key, redacted);
        return true;
    }

    @Override
    public void appendAll(List<AuditEntry> entries) {
        entries.forEach(this::append);
    }

    @Override
    public Page<AuditEntry> query(AuditQuery q) {
        List<AuditEntry> found = data.audit.values().stream()
                .filter(e -> e.tenantId().equals(q.tenant()))
                .filter(e -> q.from() == null || !e.at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.at().isBefore(q.to()))
                .filter(e -> q.targetType() == null || q.targetType().equals(e.targetType()))
                .filter(e -> q.targetId() == null || q.targetId().equals(e.targetId()))
                .filter(e -> q.actor() == null || q.actor().equals(e.actor()))
                .filter(e -> q.afterAt() == null || e.at().isBefore(q.afterAt())
                        || (e.at().equals(q.afterAt()) && e.id().compareTo(q.afterId()) < 0))
                .sorted(NEWEST_FIRST)
                .limit(q.limit() + 1L)
                .toList();
        return Page.ofOneMore(found, q.limit());
    }
}
