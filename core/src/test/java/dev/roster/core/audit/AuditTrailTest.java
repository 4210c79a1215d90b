package dev.roster.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Cursors;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.InvitationKeyset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private final Fixture f = new Fixture();

    @Test
    void everyAdminActionWritesAnEntryWithActorTargetAndChangedFields() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        User grace = f.roster.invitees().accept(f.tenant, receipt.token().reveal(),
                dev.roster.core.invitation.AcceptCommand.of(dev.roster.core.user.ProfileFields.EMPTY));
        f.roster.lifecycle().suspend(f.adminActor, grace.id());

        List<AuditEntry> forGrace = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", grace.id().toString(), 10)).items();
        assertThat(forGrace).hasSize(1);
        AuditEntry suspended = forGrace.get(0);
        assertThat(suspended.action()).isEqualTo(AuditActions.USER_SUSPENDED);
        assertThat(suspended.actor()).isEqualTo(f.admin.id());
        assertThat(suspended.details()).containsEntry("status", "ACTIVE -> SUSPENDED");

        List<AuditEntry> all = f.roster.audit().list(f.adminActor, AuditListRequest.latest(50)).items();
        assertThat(all).extracting(AuditEntry::action).containsExactly(AuditActions.USER_SUSPENDED, AuditActions.INVITATION_ACCEPTED,
                AuditActions.INVITATION_CREATED, AuditActions.TENANT_CREATED);
        String raw = receipt.token().reveal();
        assertThat(all).allSatisfy(e -> assertThat(e.toString()).doesNotContain(raw).doesNotContain(receipt.invitation().tokenHash()));
    }

    @Test
    void pagesByKeysetNewestFirstAndFiltersByTime() {
        for (int i = 0; i < 9; i++) {
            f.clock.advance(Duration.ofHours(1));
            f.invite("u" + i + "@acme.example", TestPolicies.MEMBER);
        }
        List<AuditEntry> seen = new ArrayList<>();
        AuditListRequest request = AuditListRequest.latest(4);
        String cursor;
        do {
            AuditPage page = f.roster.audit().list(f.adminActor, request);
            seen.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
            request = request.withCursor(cursor);
        } while (cursor != null);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThat(seen).extracting(AuditEntry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String invitationCursor = dev.roster.core.internal.Cursors.encode(new dev.roster.spi.store.InvitationKeyset(Fixture.START,
                dev.roster.spi.model.InvitationId.of(java.util.UUID.randomUUID())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.roster.audit().list(f.adminActor, AuditListRequest.latest(4)
                .withCursor(invitationCursor))).isInstanceOf(dev.roster.core.error.ValidationException.class).hasMessageContaining("cursor");

        AuditListRequest window = new AuditListRequest(Fixture.START.plus(Duration.ofHours(3)), Fixture.START.plus(Duration.ofHours(5)),
                null, null, null, null, 50);
        assertThat(f.roster.audit().list(f.adminActor, window).items()).hasSize(2);
    }
}
