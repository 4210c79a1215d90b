package dev.roster.core.query;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.support.Fixture;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.User;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What has run out reads as run out everywhere at once, whenever the host's sweep or purge runs:
 * an overdue invitation is EXPIRED in every read, and a deleted user past its window is gone.
 */
class ReadsAsOfNowTest {
    private final Fixture f = new Fixture();

    @Test
    void anOverdueInvitationReadsAsExpiredInGetAndInEveryList() {
        Invitation sent = f.invite("late@acme.example").invitation();
        f.clock.advance(Duration.ofDays(8));

        Invitation read = f.roster.invitations().get(f.adminActor, sent.id());
        assertThat(read.status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(read.resolvedAt()).isEqualTo(sent.expiresAt());
        assertThat(f.roster.directory().listInvitations(f.adminActor, new InvitationListRequest(null, null, null, 10)).items())
                .extracting(Invitation::status).containsExactly(InvitationStatus.EXPIRED);
        assertThat(f.roster.directory().listInvitations(f.adminActor, InvitationListRequest.pending(10)).items()).isEmpty();
        assertThat(f.roster.directory().listInvitations(f.adminActor,
                new InvitationListRequest(Set.of(InvitationStatus.EXPIRED), null, null, 10)).items()).hasSize(1);
    }

    @Test
    void aDeletedUserPastItsWindowIsGoneEverywhereBeforeThePurgeRuns() {
        User grace = f.member("grace@acme.example");
        f.roster.lifecycle().delete(f.adminActor, grace.id());
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isEqualTo(1);

        f.clock.advance(Duration.ofDays(31));

        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isZero();
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.recentlyDeleted(10)).items()).isEmpty();
        assertThat(codeOf(() -> f.roster.users().get(f.adminActor, grace.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, grace.id()))).isEqualTo(ErrorCode.RETENTION_EXPIRED);
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 10)).isEqualTo(1);
    }

    @Test
    void theRecentlyDeletedTabShowsAndFiltersByTheRolesUsersHad() {
        User formerAdmin = f.member("former@acme.example", ADMIN);
        User formerMember = f.member("member@acme.example", MEMBER);
        f.roster.lifecycle().delete(f.adminActor, formerAdmin.id());
        f.roster.lifecycle().delete(f.adminActor, formerMember.id());

        UserPage admins = f.roster.directory().listUsers(f.adminActor, UserListRequest.recentlyDeleted(10).withRoles(Set.of(ADMIN)));

        assertThat(admins.items()).extracting(User::id).containsExactly(formerAdmin.id());
        assertThat(admins.items().get(0).lastRoles()).containsExactly(ADMIN);
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.members(10).withRoles(Set.of(ADMIN))).items())
                .extracting(User::id).containsExactly(f.admin.id());
    }
}
