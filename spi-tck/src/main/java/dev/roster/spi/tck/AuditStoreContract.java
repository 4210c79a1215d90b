package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class AuditStoreContract extends StoreContract {

    @Test
    void entriesPageNewestFirstAndFilter() {
        List<AuditEntry> written = new ArrayList<>();
        UserId actor = UserId.of(UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            AuditEntry e = Records.audit(T1, "user.x", "target" + (i % 2), Records.T0.plusSeconds(i));
            written.add(i == 4 ? new AuditEntry(e.id(), e.tenantId(), actor, e.action(), e.targetType(), e.targetId(), e.at(), e.details()) : e);
        }
        write(tx -> {
            tx.audit().appendAll(written.subList(0, 3));
            written.subList(3, 5).forEach(tx.audit()::append);
            tx.audit().append(Records.audit(T2, "user.x", "target0", Records.T0));
        });

        Page<AuditEntry> first = read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, null, null, null, null, null, 2)));
        assertThat(first.items()).containsExactly(written.get(4), written.get(3));
        AuditEntry last = first.items().get(1);
        Page<AuditEntry> rest = read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, null, null, null, last.at(), last.id(), 10)));
        assertThat(rest.items()).containsExactly(written.get(2), written.get(1), written.get(0));
        assertThat(rest.hasMore()).isFalse();

        assertThat(read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, "user", "target0", null, null, null, 10))).items()).hasSize(3);
        assertThat(read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, null, null, actor, null, null, 10))).items())
                .containsExactly(written.get(4));
        assertThat(read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, Records.T0.plusSeconds(1), Records.T0.plusSeconds(3), null, null, null, null,
                null, 10))).items()).containsExactly(written.get(2), written.get(1));
    }

    @Test
    void redactReplacesTheDetailsOfOneEntryOfItsTenantOnly() {
        AuditEntry kept = Records.audit(T1, "user.created", "u1", Records.T0);
        AuditEntry erased = Records.audit(T1, "user.created", "u2", Records.T0.plusSeconds(1));
        write(tx -> tx.audit().appendAll(List.of(kept, erased)));

        assertThat(tx((StoreTransaction x) -> x.audit().redact(T2, erased.id(), Map.of("email", "(erased)")))).isFalse();
        assertThat(tx((StoreTransaction x) -> x.audit().redact(T1, erased.id(), Map.of("email", "(erased)", "roles", "[member]")))).isTrue();

        List<AuditEntry> now = read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, null, null, null, null, null, 10)))
                .items();
        assertThat(now).extracting(AuditEntry::details).containsExactly(Map.of("email", "(erased)", "roles", "[member]"), kept.details());
        assertThat(now.get(0).action()).isEqualTo(erased.action());
        assertThat(now.get(0).at()).isEqualTo(erased.at());
        assertThat(failure(tx -> tx.audit().redact(T1, kept.id(), Map.of("email", "a\u0000"))).code())
                .isEqualTo(dev.roster.spi.error.ErrorCode.VALIDATION_FAILED);
    }
}
