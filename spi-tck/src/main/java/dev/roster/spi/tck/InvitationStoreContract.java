package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.store.InvitationKeyset;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class InvitationStoreContract extends StoreContract {
    private static final Instant WEEK = Records.T0.plus(Duration.ofDays(7));

    @Test
    void invitationsAreFoundByIdTokenHashAndPendingEmailWithinTheirTenant() {
        Invitation inv = Records.invitation(T1, "Ann@x.example", Records.T0, WEEK);
        write(tx -> tx.invitations().insert(inv));

        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T1, inv.id()))).contains(inv);
        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T2, inv.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.invitations().findByTokenHash(T1, inv.tokenHash()))).contains(inv);
        assertThat(read((StoreTransaction tx) -> tx.invitations().findByTokenHash(T2, inv.tokenHash()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.invitations().findPending(T1, "ann@x.example"))).contains(inv);
        assertThat(read((StoreTransaction tx) -> tx.invitations().findPendingByEmails(T1, List.of("ann@x.example", "zed@x.example")))).containsExactly(inv);
    }

    @Test
    void onePendingInvitationPerEmailOnInsertAndOnUpdate() {
        Invitation first = Records.invitation(T1, "ann@x.example", Records.T0, WEEK);
        write(tx -> tx.invitations().insert(first));
        assertThat(failure(tx -> tx.invitations().insert(Records.invitation(T1, "ANN@x.example", Records.T0, WEEK))).code())
                .isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
        write(tx -> tx.invitations().insert(Records.invitation(T2, "ann@x.example", Records.T0, WEEK)));

        Invitation revoked = tx((StoreTransaction x) -> x.invitations().update(Records.closed(first, InvitationStatus.REVOKED, Records.T0)));
        Invitation second = Records.invitation(T1, "ann@x.example", Records.T0, WEEK);
        write(tx -> tx.invitations().insert(second));
        assertThat(read((StoreTransaction tx) -> tx.invitations().findPending(T1, "ann@x.example"))).contains(second);

        Invitation reopened = revoked.toBuilder().status(InvitationStatus.PENDING).resolvedAt(null).build();
        assertThat(failure(tx -> tx.invitations().update(reopened)).code()).isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
    }

    @Test
    void updateChecksTheVersionAndMovesTheTokenIndex() {
        Invitation inv = Records.invitation(T1, "ann@x.example", Records.T0, WEEK);
        write(tx -> tx.invitations().insert(inv));
        Invitation rotated = inv.toBuilder().tokenHash("f".repeat(64)).resendCount(1).build();

        Invitation saved = tx((StoreTransaction x) -> x.invitations().update(rotated));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> tx.invitations().findByTokenHash(T1, inv.tokenHash()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.invitations().findByTokenHash(T1, "f".repeat(64)))).contains(saved);
        assertThat(failure(tx -> tx.invitations().update(rotated)).code()).isEqualTo(ErrorCode.STALE_VERSION);
    }

    @Test
    void insertAllInsertsEveryOneOrFailsOnADuplicate() {
        List<Invitation> batch = List.of(Records.invitation(T1, "a@x.example", Records.T0, WEEK),
                Records.invitation(T1, "b@x.example", Records.T0, WEEK));
        write(tx -> tx.invitations().insertAll(batch));
        assertThat(read((StoreTransaction tx) -> tx.invitations().findPendingByEmails(T1, List.of("a@x.example", "b@x.example")))).hasSize(2);

        assertThat(failure(tx -> tx.invitations().insertAll(List.of(Records.invitation(T1, "c@x.example", Records.T0, WEEK),
                Records.invitation(T1, "a@x.example", Records.T0, WEEK)))).code()).isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
        assertThat(read((StoreTransaction tx) -> tx.invitations().findPending(T1, "c@x.example"))).isEmpty();
    }

    @Test
    void countsReadOverduePendingInvitationsAsExpired() {
        write(tx -> {
            tx.invitations().insert(Records.invitation(T1, "a@x.example", Records.T0, WEEK));
            tx.invitations().insert(Records.invitation(T1, "b@x.example", Records.T0, Records.T0.plus(Duration.ofDays(1))));
            tx.invitations().insert(Records.invitation(T1, "c@x.example", Records.T0, null));
            tx.invitations().insert(Records.closed(Records.invitation(T1, "d@x.example", Records.T0, WEEK), InvitationStatus.ACCEPTED, Records.T0));
            tx.invitations().insert(Records.invitation(T2, "e@x.example", Records.T0, WEEK));
        });
        Map<InvitationStatus, Long> counts = read((StoreTransaction tx) -> tx.invitations().countByStatus(T1, Records.T0.plus(Duration.ofDays(1))));
        assertThat(counts).containsEntry(InvitationStatus.PENDING, 2L).containsEntry(InvitationStatus.EXPIRED, 1L)
                .containsEntry(InvitationStatus.ACCEPTED, 1L);
        assertThat(counts.getOrDefault(InvitationStatus.DECLINED, 0L)).isZero();
    }

    @Test
    void overdueInvitationsAreListedByExpiry() {
        Invitation late = Records.invitation(T1, "a@x.example", Records.T0, Records.T0.plus(Duration.ofDays(2)));
        Invitation early = Records.invitation(T1, "b@x.example", Records.T0, Records.T0.plus(Duration.ofDays(1)));
        write(tx -> {
            tx.invitations().insert(late);
            tx.invitations().insert(early);
            tx.invitations().insert(Records.invitation(T1, "c@x.example", Records.T0, null));
            tx.invitations().insert(Records.invitation(T1, "d@x.example", Records.T0, WEEK));
        });
        assertThat(read((StoreTransaction tx) -> tx.invitations().findOverdue(T1, Records.T0.plus(Duration.ofDays(3)), 10))).extracting(Invitation::id)
                .containsExactly(early.id(), late.id());
        assertThat(read((StoreTransaction tx) -> tx.invitations().findOverdue(T1, Records.T0.plus(Duration.ofDays(3)), 1))).hasSize(1);
    }

    @Test
    void searchPagesNewestFirstByStatusAsOfNowAndPlainText() {
        write(tx -> {
            for (int i = 0; i < 5; i++) {
                tx.invitations().insert(Records.invitation(T1, "u" + i + "_x@x.example", Records.T0.plusSeconds(i), Records.T0.plusSeconds(100 + i)));
            }
        });
        Instant now = Records.T0.plusSeconds(101);
        Page<Invitation> first = read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(InvitationStatus.PENDING), now, null, null, 2)));
        assertThat(first.items()).extracting(i -> i.email().canonical()).containsExactly("u4_x@x.example", "u3_x@x.example");
        assertThat(first.hasMore()).isTrue();
        Invitation last = first.items().get(1);
        Page<Invitation> second = read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(InvitationStatus.PENDING), now, null,
                new InvitationKeyset(last.createdAt(), last.id()), 2)));
        assertThat(second.items()).extracting(i -> i.email().canonical()).containsExactly("u2_x@x.example");
        assertThat(second.hasMore()).isFalse();
        assertThat(read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(InvitationStatus.EXPIRED), now, null, null, 10))).items())
                .hasSize(2);
        assertThat(read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(), now, "U3_", null, 10))).items()).hasSize(1);
        assertThat(read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(), now, "%", null, 10))).items()).isEmpty();
    }

    @Test
    void everyInvitationOfAnAddressIsFoundOldestFirstWithinItsTenant() {
        Invitation expired = Records.closed(Records.invitation(T1, "ann@x.example", Records.T0, WEEK), InvitationStatus.EXPIRED, WEEK);
        Invitation accepted = Records.closed(Records.invitation(T1, "Ann@x.example", Records.T0.plusSeconds(1), WEEK),
                InvitationStatus.ACCEPTED, WEEK);
        Invitation pending = Records.invitation(T1, "ann@X.example", Records.T0.plusSeconds(2), WEEK);
        write(tx -> {
            tx.invitations().insertAll(List.of(pending, accepted, expired));
            tx.invitations().insert(Records.invitation(T2, "ann@x.example", Records.T0, WEEK));
            tx.invitations().insert(Records.invitation(T1, "bob@x.example", Records.T0, WEEK));
        });

        assertThat(read((StoreTransaction tx) -> tx.invitations().findByEmail(T1, "ann@x.example")))
                .containsExactly(expired, accepted, pending);
        assertThat(read((StoreTransaction tx) -> tx.invitations().findByEmail(T1, "nobody@x.example"))).isEmpty();
    }

    @Test
    void anUpdateMayReaddressAClosedInvitationToErasePersonalData() {
        Invitation accepted = Records.closed(Records.invitation(T1, "ann@x.example", Records.T0, WEEK), InvitationStatus.ACCEPTED, WEEK);
        write(tx -> tx.invitations().insert(accepted));
        Invitation erased = accepted.toBuilder().email(dev.roster.spi.model.EmailAddress.of("erased.1@roster.invalid"))
                .invitee(dev.roster.spi.model.InviteeProfile.EMPTY).message(null).build();

        Invitation saved = tx((StoreTransaction x) -> x.invitations().update(erased));

        assertThat(read((StoreTransaction tx) -> tx.invitations().findByEmail(T1, "ann@x.example"))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T1, accepted.id()))).contains(saved);
        assertThat(saved.email().value()).isEqualTo("erased.1@roster.invalid");
    }
}
