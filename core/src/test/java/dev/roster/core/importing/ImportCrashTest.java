package dev.roster.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import dev.roster.core.support.Fixture;
import dev.roster.core.support.ForwardingStore;
import dev.roster.core.support.Sheets;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A store that fails in the third batch, as a database dropping the connection would, then a second run of the same file. */
class ImportCrashTest {
    private final CrashingStore store = new CrashingStore(TestStoreFactory.freshStore());
    private final Fixture f = new Fixture(TestPolicies.standard().build(), store, LifecycleHooks.NONE);

    @Test
    void aRunThatFailsInItsThirdBatchThenARerunInviteEveryValidRowExactlyOnce() {
        List<String[]> rows = Sheets.addresses(10);
        rows.add(Sheets.row("broken", "Broken"));
        ImportOptions options = ImportOptions.defaults().withBatchSize(3);
        store.failOnInsert.set(3);

        catchThrowableOfType(StoreException.class, () -> f.roster.imports().apply(f.adminActor, Sheets.of(rows), options));

        assertThat(invitationsByEmail()).hasSize(6).allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        ImportReport rerun = f.roster.imports().apply(f.adminActor, Sheets.of(rows), options);

        assertThat(rerun.count(RowStatus.ALREADY_INVITED)).isEqualTo(6);
        assertThat(rerun.count(RowStatus.INVITED)).isEqualTo(4);
        assertThat(rerun.count(RowStatus.INVALID)).isEqualTo(1);
        assertThat(invitationsByEmail()).hasSize(10).allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        assertThat(f.dispatched().stream().filter(m -> m.to().value().startsWith("u"))).hasSize(10);
    }

    private Map<String, Long> invitationsByEmail() {
        List<Invitation> all = f.store.read(tx -> tx.invitations().search(new InvitationQuery(f.tenant,
                Set.of(InvitationStatus.values()), f.clock.instant(), null, null, 1_000)).items());
        return all.stream().filter(i -> i.email().value().startsWith("u"))
                .collect(Collectors.groupingBy(i -> i.email().canonical(), Collectors.counting()));
    }

    /** Passes everything through, except that the n-th insert of invitations (counted from when it is armed) fails. */
    private static final class CrashingStore extends ForwardingStore {
        final AtomicInteger failOnInsert = new AtomicInteger();
        private final AtomicInteger inserts = new AtomicInteger();

        CrashingStore(RosterStore delegate) {
            super(delegate);
        }

        @Override
        protected StoreTransaction wrap(StoreTransaction tx) {
            InvitationStore invitations = spy(tx.invitations());
            doAnswer(call -> {
                if (failOnInsert.get() > 0 && inserts.incrementAndGet() == failOnInsert.get()) {
                    throw new StoreException("insert invitations", new SQLException("connection reset"));
                }
                return call.callRealMethod();
            }).when(invitations).insertAll(any());
            return with(tx, invitations, tx.audit());
        }
    }
}
