package dev.roster.core.credential;

import dev.roster.core.access.Actor;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWNER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.policy.Operation;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.UnsupportedCapabilityException;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.UserStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Temporary passwords from an admin, and a user setting its own; only hashes are kept. */
class CredentialServiceTest {
    private final Fixture f = new Fixture(TestPolicies.delegated().operation(Operation.RESET_PASSWORD, MANAGE).build());
    private final FastHasher hasher = new FastHasher();
    private final Roster roster = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
            .passwords(PasswordSettings.builder().hasher(hasher).build()).build();
    private final User owner2 = f.member("owner2@acme.example", OWNER);
    private final User manager = f.member("manager@acme.example", MANAGER);
    private final User grace = f.member("grace@acme.example", MEMBER);

    private Optional<Credential> stored(User user) {
        return f.store.read((StoreTransaction tx) -> CredentialStore.CAPABILITY.in(tx).find(f.tenant, user.id()));
    }

    @Test
    void anAdminGivesATemporaryPasswordShownOnceWhileOnlyItsHashIsKept() {
        TemporaryPassword temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id());

        assertThat(temporary.reveal()).hasSize(16);
        assertThat(temporary.toString()).doesNotContain(temporary.reveal());
        assertThat(temporary.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(3)));
        Credential credential = stored(grace).orElseThrow();
        assertThat(credential.temporary()).isTrue();
        assertThat(credential.expiresAt()).isEqualTo(temporary.expiresAt());
        assertThat(credential.passwordHash()).doesNotContain(temporary.reveal());
        assertThat(hasher.verify(temporary.reveal(), credential.passwordHash())).isTrue();
        AuditEntry entry = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", grace.id().toString(), 5)).items().get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.USER_PASSWORD_RESET);
        assertThat(entry.details().toString()).doesNotContain(temporary.reveal());
    }

    @Test
    void aManagerResetsAMembersPasswordButNotAnOwnersNorItsOwnAndAMemberNobodys() {
        Actor managerActor = f.actor(manager);
        assertThat(roster.credentials().issueTemporaryPassword(managerActor, grace.id()).reveal()).isNotBlank();

        assertThat(codeOf(() -> roster.credentials().issueTemporaryPassword(managerActor, owner2.id())))
                .as("taking over an owner's account would hand the manager what the owner holds").isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().issueTemporaryPassword(managerActor, manager.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().issueTemporaryPassword(f.actor(grace), manager.id())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(stored(owner2)).isEmpty();
        assertThat(stored(manager)).isEmpty();
    }

    @Test
    void aTemporaryPasswordOnlyLetsItsHolderSetANewOneOnceAndUntilItExpires() {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();

        roster.credentials().changePassword(f.actor(grace), temporary, "correct horse battery staple");

        Credential lasting = stored(grace).orElseThrow();
        assertThat(lasting.temporary()).isFalse();
        assertThat(lasting.expiresAt()).isNull();
        assertThat(hasher.verify("correct horse battery staple", lasting.passwordHash())).isTrue();
        assertThatThrownBy(() -> roster.credentials().changePassword(f.actor(grace), temporary, "another good passphrase"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("currentPassword"));

        String second = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
        f.clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> roster.credentials().changePassword(f.actor(grace), second, "another good passphrase"))
                .as("expired").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("currentPassword"));
    }

    @Test
    void aWrongCurrentPasswordOrABadNewOneChangesNothingAndTheErrorNamesTheFieldNotThePassword() {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
        roster.credentials().changePassword(f.actor(grace), temporary, "correct horse battery staple");
        Credential before = stored(grace).orElseThrow();

        assertThatThrownBy(() -> roster.credentials().changePassword(f.actor(grace), "Correct horse battery staple", "another good passphrase"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("currentPassword");
                    assertThat(e.getMessage()).doesNotContain("orrect horse").doesNotContain("another good");
                });
        assertThatThrownBy(() -> roster.credentials().changePassword(f.actor(grace), "correct horse battery staple", "Password1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("newPassword"));
        assertThat(stored(grace)).contains(before);
    }

    @Test
    void anAdminCreatesAUserWithATemporaryPasswordInOneUnit() {
        UserWithTemporaryPassword created = roster.credentials().createWithTemporaryPassword(f.adminActor,
                CreateUserCommand.of("hank@acme.example", ProfileFields.named("Hank", "Hill"), null, Set.of(MEMBER)));

        assertThat(created.user().status()).isEqualTo(UserStatus.ACTIVE);
        Credential credential = stored(created.user()).orElseThrow();
        assertThat(credential.temporary()).isTrue();
        assertThat(hasher.verify(created.temporaryPassword().reveal(), credential.passwordHash())).isTrue();
        assertThat(created.toString()).doesNotContain(created.temporaryPassword().reveal());

        assertThat(codeOf(() -> roster.credentials().createWithTemporaryPassword(f.adminActor,
                CreateUserCommand.of("hank@acme.example", ProfileFields.EMPTY, null, Set.of(MEMBER))))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
        assertThat(codeOf(() -> roster.credentials().createWithTemporaryPassword(f.actor(grace),
                CreateUserCommand.of("ivy@acme.example", ProfileFields.EMPTY, null, Set.of(MEMBER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(f.roster.users().findByEmail(f.adminActor, "ivy@acme.example")).isEmpty();
    }

    @Test
    void anInviteeSetsItsPasswordWhenAcceptingAndARefusedPasswordLeavesTheInvitationOpen() {
        String token = f.invite("ivy@acme.example").token().reveal();

        assertThatThrownBy(() -> roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY)))
                .as("a password is required by default").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("password"));
        assertThatThrownBy(() -> roster.credentials().acceptWithPassword(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY), "iloveyou1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("password"));
        assertThat(roster.invitees().preview(f.tenant, token).isOpen()).isTrue();

        User ivy = roster.credentials().acceptWithPassword(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY), "correct horse battery staple");

        Credential credential = stored(ivy).orElseThrow();
        assertThat(credential.temporary()).isFalse();
        assertThat(hasher.verify("correct horse battery staple", credential.passwordHash())).isTrue();
        assertThat(codeOf(() -> roster.credentials().acceptWithPassword(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY),
                "another good passphrase"))).as("a token is used once").isEqualTo(ErrorCode.TOKEN_INVALID);
    }

    @Test
    void aHostThatSignsSomeInAnotherWayLetsInviteesAcceptWithoutAPassword() {
        Roster optional = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
                .passwords(PasswordSettings.builder().hasher(hasher).requiredAtAcceptance(false).build()).build();
        String token = f.invite("ivy@acme.example").token().reveal();

        User ivy = optional.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY));

        assertThat(stored(ivy)).isEmpty();
    }

    @Test
    void refusedCallersCostNoHashAndAHugeOrBrokenCurrentPasswordIsWrongWithoutOne() {
        int hashes = hasher.hashes.get();
        assertThat(codeOf(() -> roster.credentials().issueTemporaryPassword(f.actor(grace), manager.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().issueTemporaryPassword(f.adminActor, dev.roster.spi.model.UserId.of(java.util.UUID.randomUUID()))))
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(hasher.hashes.get()).as("no hash for a refused reset").isEqualTo(hashes);

        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
        int verifications = hasher.verifications.get();
        for (String current : new String[] {"x".repeat(20_000_000), temporary.substring(0, 8) + "\uD800" + temporary.substring(8)}) {
            assertThatThrownBy(() -> roster.credentials().changePassword(f.actor(grace), current, "correct horse battery staple"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("currentPassword"));
        }
        assertThat(hasher.verifications.get()).isEqualTo(verifications);
    }

    @Test
    void aMemberSuspendedWhileItsNewPasswordIsHashedDoesNotSetIt() {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
        hasher.duringHash = () -> f.roster.lifecycle().suspend(f.adminActor, grace.id());

        assertThat(codeOf(() -> roster.credentials().changePassword(f.actor(grace), temporary, "correct horse battery staple")))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(stored(grace).orElseThrow().temporary()).isTrue();
    }

    @Test
    void aSuspendedMemberAndTheSystemActorSetNoPassword() {
        String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
        f.roster.lifecycle().suspend(f.adminActor, grace.id());

        assertThat(codeOf(() -> roster.credentials().changePassword(f.actor(grace), temporary, "correct horse battery staple")))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> roster.credentials().changePassword(Actor.system(f.tenant), temporary, "correct horse battery staple")))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(stored(grace).orElseThrow().temporary()).isTrue();
    }

    @Test
    void passwordsNeedAStoreThatKeepsThemAndARosterBuiltWithThem() {
        RosterStore withoutCredentials = new RosterStore() {
            private final InMemoryRosterStore inner = new InMemoryRosterStore();

            @Override
            public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
                return inner.inTransaction(work);
            }
        };
        assertThatThrownBy(() -> Roster.builder().store(withoutCredentials).policy(f.roster.policy()).withoutMail()
                .passwords(PasswordSettings.builder().hasher(hasher).build()).build()).isInstanceOf(UnsupportedCapabilityException.class)
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> f.roster.credentials()).isInstanceOf(IllegalStateException.class).hasMessageContaining(".passwords(");
        assertThatThrownBy(() -> PasswordSettings.builder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("hasher");
    }
}
