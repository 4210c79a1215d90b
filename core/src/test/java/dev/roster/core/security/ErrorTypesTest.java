package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.access.Actor;
import dev.roster.core.error.BatchTooLargeException;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.InvalidTokenException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.PolicyException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each error code a host switches on comes as one exception type, whichever path raises it. */
class ErrorTypesTest {
    private final Fixture f = new Fixture();
    private final Map<ErrorCode, Class<?>> seen = new LinkedHashMap<>();

    private void raise(Runnable call) {
        RosterException e = catchThrowableOfType(RosterException.class, call::run);
        assertThat(e).as("the call should fail").isNotNull();
        Class<?> earlier = seen.putIfAbsent(e.code(), e.getClass());
        assertThat(earlier == null || earlier == e.getClass()).as("%s came as %s and as %s", e.code(), earlier, e.getClass()).isTrue();
    }

    @Test
    void everyCodeComesAsItsOwnType() {
        User grace = f.member("grace@acme.example");
        String used = f.invite("used@acme.example").token().reveal();
        f.roster.invitees().accept(f.tenant, used, AcceptCommand.of(ProfileFields.EMPTY));
        f.invite("pending@acme.example");

        raise(() -> f.created("bad", "A", "B", MEMBER));
        raise(() -> f.roster.groups().create(f.adminActor, "admins", Set.of(MANAGE)));
        raise(() -> f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(f.admin.id(), f.admin.version(),
                Map.of(MANAGE, Effect.DENY))));
        raise(() -> f.roster.users().get(f.adminActor, UserId.of(UUID.randomUUID())));
        raise(() -> f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version() + 5, Set.of(ADMIN))));
        raise(() -> f.created("grace@acme.example", "G", "H", MEMBER));
        raise(() -> f.invite("pending@acme.example"));
        f.roster.groups().create(f.adminActor, "same", Set.of());
        raise(() -> f.roster.groups().create(f.adminActor, "SAME", Set.of()));
        raise(() -> f.invite("grace@acme.example"));
        raise(() -> f.roster.lifecycle().suspend(f.actor(grace), grace.id()));
        raise(() -> f.roster.lifecycle().delete(Actor.system(f.tenant), f.admin.id()));
        raise(() -> f.roster.lifecycle().reactivate(f.adminActor, grace.id()));
        raise(() -> f.roster.invitees().accept(f.tenant, used, AcceptCommand.of(ProfileFields.EMPTY)));
        raise(() -> f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(Collections.nCopies(51, "x@acme.example"),
                null, null, null, null, true)));
        raise(() -> f.roster.tenants().bootstrap(new TenantBootstrap(f.tenant, "Again", "a@acme.example", ProfileFields.EMPTY, null, null)));
        raise(() -> TestPolicies.standard().defaultRole(null).build());
        f.roster.tenants().setSeatLimit(Actor.system(f.tenant), 2);
        raise(() -> f.invite("one-too-many@acme.example"));

        assertThat(seen).containsEntry(ErrorCode.VALIDATION_FAILED, ValidationException.class)
                .containsEntry(ErrorCode.NOT_FOUND, NotFoundException.class)
                .containsEntry(ErrorCode.STALE_VERSION, StaleVersionException.class)
                .containsEntry(ErrorCode.DUPLICATE_EMAIL, DuplicateKeyException.class)
                .containsEntry(ErrorCode.DUPLICATE_PENDING_INVITATION, DuplicateKeyException.class)
                .containsEntry(ErrorCode.DUPLICATE_NAME, DuplicateKeyException.class)
                .containsEntry(ErrorCode.ALREADY_MEMBER, ConflictException.class)
                .containsEntry(ErrorCode.PERMISSION_DENIED, PermissionDeniedException.class)
                .containsEntry(ErrorCode.LAST_ADMIN, ConflictException.class)
                .containsEntry(ErrorCode.INVALID_TRANSITION, ConflictException.class)
                .containsEntry(ErrorCode.TOKEN_INVALID, InvalidTokenException.class)
                .containsEntry(ErrorCode.BATCH_TOO_LARGE, BatchTooLargeException.class)
                .containsEntry(ErrorCode.TENANT_EXISTS, ConflictException.class)
                .containsEntry(ErrorCode.SEAT_LIMIT_EXCEEDED, ConflictException.class)
                .containsEntry(ErrorCode.POLICY_INVALID, PolicyException.class);
    }
}
