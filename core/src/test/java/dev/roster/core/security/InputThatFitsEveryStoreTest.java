package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.query.TrendGranularity;
import dev.roster.core.query.TrendPoint;
import dev.roster.core.query.TrendRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Input that passes core's checks must fit every store: never a store's InvalidValueException, a
 * store failure or an untyped exception. Found by trying the library as an attacker would; these
 * tests also run on PostgreSQL, where the sort-key and time-zone cases used to fail.
 */
class InputThatFitsEveryStoreTest {
    private final Fixture f = new Fixture();
    private static final String N100 = "N".repeat(100);

    /** Succeeds, or fails with core's ValidationException; never with a store's refusal or an untyped exception. */
    private static void acceptedOrValidationError(String what, Runnable call) {
        Throwable t = catchThrowable(call::run);
        assertThat(t == null || t instanceof ValidationException).as("%s threw %s", what, t).isTrue();
    }

    /** First and last name each at their limit of 100: the default display name "first last" is 201 long. */
    @Test
    void aDisplayNameDefaultedFromTwoValidNamesIsNotRefusedByTheStore() {
        acceptedOrValidationError("create", () -> f.roster.users().create(f.adminActor,
                CreateUserCommand.of("long@acme.example", ProfileFields.named(N100, N100), null, null)));
        acceptedOrValidationError("bootstrap", () -> f.roster.tenants().bootstrap(new TenantBootstrap(TenantId.of("beta"), "Beta",
                "a@beta.example", ProfileFields.named(N100, N100), null, null)));
    }

    /** The inviter pre-fills valid names; the invitee accepts with an empty form: the link can never be used. */
    @Test
    void anInvitationWithLongPrefilledNamesCanBeAccepted() {
        InvitationReceipt r = f.roster.invitations().invite(f.adminActor,
                new InviteCommand("long@acme.example", null, null, null, null, new InviteeFields(N100, N100, null, null)));
        acceptedOrValidationError("accept", () -> f.roster.invitees().accept(f.tenant, r.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY)));
    }

    /** The phone pattern allows "+" and 32 more characters; the limit every store holds is 32. */
    @Test
    void aPhoneThePatternAllowsFitsTheStore() {
        acceptedOrValidationError("create", () -> f.roster.users().create(f.adminActor,
                CreateUserCommand.of("phone@acme.example", ProfileFields.EMPTY.withPhone("+" + "1".repeat(32)), null, null)));
    }

    /**
     * Attribute values of emoji (valid, within limits): the audit entry's "old -> new" diff is cut at
     * 1024 UTF-16 units, in the middle of a surrogate pair, and the audit store refuses the lone half.
     * The whole edit fails with "details[attributes] holds a lone surrogate".
     */
    @Test
    void anEditWithEmojiAttributesIsNotBrokenByItsOwnAuditEntry() {
        User u = f.created("emoji@acme.example", "Emo", "Ji", MEMBER);
        Map<String, String> attributes = Map.of("k", "\uD83D\uDE00".repeat(510));
        acceptedOrValidationError("editProfile", () -> f.roster.users().editProfile(f.adminActor,
                new EditProfileCommand(u.id(), u.version(), "emoji@acme.example", ProfileFields.named("Emo", "Ji"), attributes)));
        assertThat(f.roster.users().get(f.adminActor, u.id()).attributes()).isEqualTo(attributes);
    }

    /** Nulls inside collections give NullPointerException rather than a typed error naming the field. */
    @Test
    void nullsInsidePermissionCollectionsAreTypedErrors() {
        Set<Permission> withNull = new HashSet<>(List.of(CHAT));
        withNull.add(null);
        Map<Permission, Effect> nullKey = new HashMap<>();
        nullKey.put(null, Effect.GRANT);
        Map<Permission, Effect> nullValue = new HashMap<>();
        nullValue.put(CHAT, null);
        assertThat(catchThrowable(() -> f.roster.groups().create(f.adminActor, "g", withNull))).isInstanceOf(RosterException.class);
        assertThat(catchThrowable(() -> f.roster.tenants().setDefaults(f.adminActor, nullKey))).isInstanceOf(RosterException.class);
        assertThat(catchThrowable(() -> f.roster.tenants().setDefaults(f.adminActor, nullValue))).isInstanceOf(RosterException.class);
        assertThat(f.roster.permissions().check(f.tenant, null, CHAT)).as("unknown users hold nothing").isFalse();
        assertThat(catchThrowable(() -> TrendRequest.lastDays(0, LocalDate.of(2026, 1, 1), ZoneOffset.UTC, TrendGranularity.DAY)))
                .isInstanceOf(ValidationException.class);
        assertThat(catchThrowable(() -> f.roster.lifecycle().purgeExpired(f.tenant, 0))).isInstanceOf(ValidationException.class);
        assertThat(catchThrowable(() -> f.roster.invitations().expireOverdue(f.tenant, 0))).isInstanceOf(ValidationException.class);
        assertThat(((RosterException) catchThrowable(() -> f.roster.invitees().preview(null, "x"))).code())
                .isEqualTo(dev.roster.spi.error.ErrorCode.TOKEN_INVALID);
    }

    /** The name sort key is the name lower-cased, and "\u0130" lower-cases to two UTF-16 units. */
    @Test
    void aDisplayNameOfDottedCapitalsFitsEveryStore() {
        acceptedOrValidationError("create", () -> f.roster.users().create(f.adminActor, CreateUserCommand.of("istanbul@acme.example",
                new ProfileFields(null, null, "\u0130".repeat(100), null, null, null, null, null), null, null)));
    }

    /** As above, for a group name. */
    @Test
    void aGroupNameOfDottedCapitalsFitsEveryStore() {
        acceptedOrValidationError("group", () -> f.roster.groups().create(f.adminActor, "\u0130".repeat(100), Set.of()));
    }

    /** ZoneId.of("GMT+1") is a region id, not a ZoneOffset; PostgreSQL used to read it with the POSIX (inverted) sign. */
    @Test
    void aTrendInAGmtPlusZoneCountsLikeTheSameOffset() {
        f.clock.set(Instant.parse("2026-03-02T23:30:00Z")); // 00:30 on 3 March at UTC+1
        f.created("late@acme.example", "Late", "Signup", MEMBER);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 4);
        List<TrendPoint> byOffset = f.roster.directory().registrations(f.adminActor,
                new TrendRequest(from, to, ZoneOffset.ofHours(1), TrendGranularity.DAY)).points();
        List<TrendPoint> byGmtPlus = f.roster.directory().registrations(f.adminActor,
                new TrendRequest(from, to, ZoneId.of("GMT+1"), TrendGranularity.DAY)).points();
        assertThat(byGmtPlus).isEqualTo(byOffset);
    }

}
