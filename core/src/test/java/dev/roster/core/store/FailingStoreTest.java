package dev.roster.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.ForwardingStore;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store whose later steps fail (as a database that drops the connection would) must leave
 * nothing of the unit of work behind: the real store underneath rolls back.
 */
class FailingStoreTest {
    private final InMemoryRosterStore real = new InMemoryRosterStore();
    private final SwitchableStore store = new SwitchableStore(real);
    private final Fixture f = new Fixture(TestPolicies.standard().build(), store, LifecycleHooks.NONE);

    @Test
    void acceptFailingAtTheAuditStepCreatesNoUserAndKeepsTheInvitationOpen() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        store.failAuditAppends = true;

        catchThrowableOfType(StoreException.class, () -> f.roster.invitees().accept(f.tenant, receipt.token().reveal(),
                AcceptCommand.of(ProfileFields.EMPTY)));

        store.failAuditAppends = false;
        assertThat(f.roster.directory().statCards(f.adminActor).total()).isEqualTo(1);
        assertThat(f.roster.invitations().get(f.adminActor, receipt.invitation().id()).status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY)).email().value())
                .isEqualTo("grace@acme.example");
    }

    @Test
    void aBatchFailingHalfwayInvitesNobody() {
        store.failAuditAppends = true;

        catchThrowableOfType(StoreException.class, () -> f.roster.invitations().inviteAll(f.adminActor,
                new BatchInviteCommand(List.of("a@acme.example", "b@acme.example"), null, null, null, null, false)));

        store.failAuditAppends = false;
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isZero();
        // The audit entries come after the mail is queued: the failure undid the queued messages too.
        List<OutboxMessage> queued = real.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).claim(Fixture.START.plusSeconds(3600),
                Fixture.START.plusSeconds(7200), "check", 10));
        assertThat(queued).isEmpty();
        assertThat(f.dispatched()).isEmpty();
    }

    @Test
    void aDeleteFailingAfterTheUserWasWrittenLeavesTheUserActive() {
        var grace = f.member("grace@acme.example");
        store.failAuditAppends = true;

        catchThrowableOfType(StoreException.class, () -> f.roster.lifecycle().delete(f.adminActor, grace.id()));

        store.failAuditAppends = false;
        assertThat(f.roster.users().get(f.adminActor, grace.id()).status()).isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isZero();
    }

    @Test
    void aStoreFailingWhileTheMailIsWrittenLeavesItForALaterRunNotGivenUp() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        store.failInvitationFinds = true;

        catchThrowableOfType(StoreException.class, () -> f.roster.outbox().dispatch());

        store.failInvitationFinds = false;
        assertThat(f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id()).delivery()).isEqualTo(MailDelivery.QUEUED);
        assertThat(f.roster.outbox().dispatch().handled()).as("still leased by the failed run").isZero();
        f.clock.advance(dev.roster.core.mail.DeliveryPolicy.defaults().lease());
        assertThat(f.roster.outbox().dispatch().sent()).isEqualTo(1);
        assertThat(f.mail.sent()).hasSize(1);
    }

    /** Wraps the real store; when told, its audit store or its invitation finds (Mockito spies) fail like a lost connection. */
    private static final class SwitchableStore extends ForwardingStore {
        volatile boolean failAuditAppends;
        volatile boolean failInvitationFinds;

        SwitchableStore(RosterStore delegate) {
            super(delegate);
        }

        @Override
        protected StoreTransaction wrap(StoreTransaction tx) {
            AuditStore audit = tx.audit();
            if (failAuditAppends) {
                audit = spy(audit);
                StoreException lost = new StoreException("append audit entry", new SQLException("connection reset"));
                doThrow(lost).when(audit).append(any());
                doThrow(lost).when(audit).appendAll(any());
            }
            InvitationStore invitations = tx.invitations();
            if (failInvitationFinds) {
                invitations = spy(invitations);
                doThrow(new StoreException("find invitation", new SQLException("connection reset"))).when(invitations).find(any(), any());
            }
            return with(tx, invitations, audit);
        }
    }
}
