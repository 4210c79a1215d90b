package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.User;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.StoreTransaction;
import org.junit.jupiter.api.Test;

/** The unit of work: all or nothing across every store, and nested calls join the outer unit. */
public abstract class TransactionContract extends StoreContract {

    @Test
    void changesOfAUnitThatThrowsAreAllUndoneAndTheExceptionPassesUnchanged() {
        User kept = Records.user(T1, "kept@x.example");
        write(tx -> tx.users().insert(kept));
        IllegalStateException boom = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> write(tx -> {
            tx.users().insert(Records.user(T1, "new@x.example"));
            tx.users().update(kept.toBuilder().admin(true).build());
            tx.invitations().insert(Records.invitation(T1, "inv@x.example", Records.T0, null));
            tx.audit().append(Records.audit(T1, "a", "x", Records.T0));
            tx.tenants().update(Records.tenant("t1").withSeatLimit(5));
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        read((StoreTransaction tx) -> {
            assertThat(tx.users().findByEmail(T1, "new@x.example")).isEmpty();
            assertThat(tx.users().find(T1, kept.id()).orElseThrow()).isEqualTo(kept);
            assertThat(tx.invitations().findPending(T1, "inv@x.example")).isEmpty();
            assertThat(tx.audit().query(new dev.roster.spi.store.AuditQuery(T1, null, null, null, null, null, null, null, 10)).items()).isEmpty();
            assertThat(tx.tenants().find(T1).orElseThrow().seatLimit()).isNull();
            return null;
        });
    }

    @Test
    void aCommittedUnitIsVisibleToTheNextOne() {
        User user = Records.user(T1, "a@x.example");
        write(tx -> tx.users().insert(user));
        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, user.id()))).contains(user);
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndRollsBackWithIt() {
        Invitation invitation = Records.invitation(T1, "a@x.example", Records.T0, null);
        catchThrowable(() -> write(tx -> {
            store.inTransaction(inner -> {
                inner.invitations().insert(invitation);
                return null;
            });
            assertThat(tx.invitations().find(T1, invitation.id())).isPresent();
            throw new IllegalStateException("outer fails");
        }));
        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T1, invitation.id()))).isEmpty();
    }

    @Test
    void aUnitSeesItsOwnWrites() {
        User user = Records.user(T1, "a@x.example");
        User seen = tx((StoreTransaction t) -> {
            t.users().insert(user);
            return t.users().findByEmail(T1, "a@x.example").orElseThrow();
        });
        assertThat(seen).isEqualTo(user);
    }
}
