package dev.roster.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationPreview;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Whoever holds an old link, or guesses at tenants, learns nothing but "not valid". */
class TokenDisclosureTest {
    private final Fixture f = new Fixture();

    private String invite(String email) {
        return f.roster.invitations().invite(f.adminActor, new InviteCommand(email, null, null, null, "Secret plans inside", null))
                .token().reveal();
    }

    private static RosterException failure(Runnable call) {
        RosterException e = catchThrowableOfType(RosterException.class, call::run);
        assertThat(e).as("the call should fail").isNotNull();
        return e;
    }

    /** Preview shows only the status; accept and decline fail exactly as an unknown token does. */
    private void assertClosed(String token, InvitationStatus status) {
        InvitationPreview preview = f.roster.invitees().preview(f.tenant, token);
        assertThat(preview.isOpen()).isFalse();
        assertThat(preview.status()).isEqualTo(status);
        assertThat(preview.details()).isEmpty();
        assertThat(preview.toString()).doesNotContain("@acme.example").doesNotContain("Secret").doesNotContain("Ada");

        RosterException unknown = failure(() -> f.roster.invitees().decline(f.tenant, "no-such-token"));
        for (RosterException e : List.of(
                failure(() -> f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY))),
                failure(() -> f.roster.invitees().decline(f.tenant, token)))) {
            assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_INVALID);
            assertThat(e.getMessage()).isEqualTo(unknown.getMessage());
        }
    }

    @Test
    void anAcceptedInvitationsLinkShowsOnlyThatItWasAccepted() {
        String token = invite("a@acme.example");
        f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY));
        assertClosed(token, InvitationStatus.ACCEPTED);
    }

    @Test
    void aDeclinedInvitationsLinkShowsOnlyThatItWasDeclined() {
        String token = invite("d@acme.example");
        f.roster.invitees().decline(f.tenant, token);
        assertClosed(token, InvitationStatus.DECLINED);
    }

    @Test
    void aRevokedInvitationsLinkShowsOnlyThatItWasRevoked() {
        InvitationReceipt receipt = f.roster.invitations().invite(f.adminActor, InviteCommand.of("r@acme.example", null));
        f.roster.invitations().revoke(f.adminActor, receipt.invitation().id());
        assertClosed(receipt.token().reveal(), InvitationStatus.REVOKED);
    }

    @Test
    void anExpiredInvitationsLinkShowsOnlyThatItExpiredWhetherOrNotTheExpiryIsStored() {
        String token = invite("e@acme.example");
        f.clock.advance(Duration.ofDays(8));
        assertClosed(token, InvitationStatus.EXPIRED);
        f.roster.invitations().expireOverdue(f.tenant, 10);
        assertClosed(token, InvitationStatus.EXPIRED);
    }

    @Test
    void anOpenInvitationShowsItsDetails() {
        InvitationPreview preview = f.roster.invitees().preview(f.tenant, invite("o@acme.example"));
        assertThat(preview.isOpen()).isTrue();
        assertThat(preview.details().orElseThrow().email()).isEqualTo("o@acme.example");
        assertThat(preview.details().orElseThrow().message()).contains("Secret plans inside");
    }

    @Test
    void anUnknownTenantAnswersExactlyAsAWrongTokenInAKnownOne() {
        String token = invite("t@acme.example");
        TenantId ghost = TenantId.of("ghost");
        List<Consumer<TenantId>> calls = List.of(
                tenant -> f.roster.invitees().preview(tenant, "wrong-token"),
                tenant -> f.roster.invitees().accept(tenant, "wrong-token", AcceptCommand.of(ProfileFields.EMPTY)),
                tenant -> f.roster.invitees().decline(tenant, "wrong-token"),
                tenant -> f.roster.invitees().accept(tenant, token, AcceptCommand.of(ProfileFields.EMPTY)));
        for (Consumer<TenantId> call : calls.subList(0, 3)) {
            RosterException known = failure(() -> call.accept(f.tenant));
            RosterException unknown = failure(() -> call.accept(ghost));
            assertThat(unknown.code()).isEqualTo(known.code()).isEqualTo(ErrorCode.TOKEN_INVALID);
            assertThat(unknown.getMessage()).isEqualTo(known.getMessage());
        }
        assertThat(failure(() -> calls.get(3).accept(ghost)).code()).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(f.roster.invitees().preview(f.tenant, token).isOpen()).isTrue();
    }
}
