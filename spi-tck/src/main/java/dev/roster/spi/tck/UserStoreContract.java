package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class UserStoreContract extends StoreContract {

    @Test
    void usersAreFoundByIdEmailAndUsernameWithinTheirTenantOnly() {
        User ann = Records.withUsername(Records.user(T1, "Ann@X.example"), "Ann.L");
        write(tx -> tx.users().insert(ann));

        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, ann.id()))).contains(ann);
        assertThat(read((StoreTransaction tx) -> tx.users().find(T2, ann.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "ann@x.example"))).contains(ann);
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T2, "ann@x.example"))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findByUsername(T1, "ann.l"))).contains(ann);
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmails(T1, List.of("ann@x.example", "nobody@x.example")))).containsExactly(ann);
    }

    @Test
    void theCanonicalEmailIsUniquePerTenant() {
        write(tx -> tx.users().insert(Records.user(T1, "ann@x.example")));

        assertThat(failure(tx -> tx.users().insert(Records.user(T1, " ANN@x.Example"))).code()).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
        write(tx -> tx.users().insert(Records.user(T2, "ann@x.example")));
    }

    @Test
    void aReleasedAddressFreesItsKeyForAnotherUserAndReadsBackAsItWas() {
        User old = Records.user(T1, "bob@x.example");
        write(tx -> tx.users().insert(old));
        User replacement = Records.user(T1, "Bob@x.example");
        write(tx -> {
            tx.users().update(old.toBuilder().email(old.email().releasedTo(replacement.id())).build());
            tx.users().insert(replacement);
        });

        User oldNow = read((StoreTransaction tx) -> tx.users().find(T1, old.id())).orElseThrow();
        assertThat(oldNow.email().value()).isEqualTo("bob@x.example");
        assertThat(oldNow.email().isReleased()).isTrue();
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "bob@x.example")).map(User::id)).contains(replacement.id());
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmails(T1, List.of("bob@x.example")))).extracting(User::id)
                .containsExactly(replacement.id());
        assertThat(failure(tx -> tx.users().insert(Records.user(T1, "BOB@x.example"))).code()).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
        assertThat(read((StoreTransaction tx) -> tx.users().findReplacedBy(T1, replacement.id()))).extracting(User::id).containsExactly(old.id());
        assertThat(read((StoreTransaction tx) -> tx.users().findReplacedBy(T1, old.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findReplacedBy(T2, replacement.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.userQueries().search(new dev.roster.spi.store.UserQuery(T1, Records.T0, java.util.Set.of(),
                "bob@x", null, null, null, null, null, dev.roster.spi.store.UserSort.EMAIL, false, null, 10))).items())
                .as("a search by address still finds both").extracting(User::id).containsExactlyInAnyOrder(old.id(), replacement.id());
    }

    @Test
    void usernamesAreUniquePerTenant() {
        write(tx -> tx.users().insert(Records.withUsername(Records.user(T1, "a@x.example"), "neo")));
        assertThat(failure(tx -> tx.users().insert(Records.withUsername(Records.user(T1, "b@x.example"), "neo"))).code())
                .isEqualTo(ErrorCode.DUPLICATE_USERNAME);
    }

    @Test
    void aDeletedUsersEmailIsFreeAndRestoringItThenFails() {
        User ann = Records.user(T1, "ann@x.example");
        write(tx -> tx.users().insert(ann));
        User deleted = tx((StoreTransaction x) -> x.users().update(Records.deleted(ann, Records.T0, Records.T0.plus(Duration.ofDays(30)))));

        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "ann@x.example"))).isEmpty();
        write(tx -> tx.users().insert(Records.user(T1, "ann@x.example")));
        User restored = deleted.toBuilder().status(UserStatus.ACTIVE).deletion(null).build();
        assertThat(failure(tx -> tx.users().update(restored)).code()).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void updateChecksAndAdvancesTheVersionAndMayChangeTheEmail() {
        User ann = Records.user(T1, "ann@x.example");
        write(tx -> tx.users().insert(ann));
        User renamed = ann.toBuilder().email(EmailAddress.of("anna@x.example")).build();

        User saved = tx((StoreTransaction x) -> x.users().update(renamed));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "ann@x.example"))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "anna@x.example"))).contains(saved);
        assertThat(failure(tx -> tx.users().update(renamed)).code()).isEqualTo(ErrorCode.STALE_VERSION);
        assertThat(failure(tx -> tx.users().update(Records.user(T1, "ghost@x.example"))).code()).isEqualTo(ErrorCode.STALE_VERSION);
    }

    @Test
    void anUpdateCannotTakeAnotherUsersEmail() {
        User ann = Records.user(T1, "ann@x.example");
        User bob = Records.user(T1, "bob@x.example");
        write(tx -> {
            tx.users().insert(ann);
            tx.users().insert(bob);
        });
        assertThat(failure(tx -> tx.users().update(bob.toBuilder().email(EmailAddress.of("ANN@x.example")).build())).code())
                .isEqualTo(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void deleteRemovesForGoodAndOnlyInsideTheTenant() {
        User ann = Records.user(T1, "ann@x.example");
        write(tx -> tx.users().insert(ann));

        assertThat(tx((StoreTransaction x) -> x.users().delete(T2, ann.id()))).isFalse();
        assertThat(tx((StoreTransaction x) -> x.users().delete(T1, ann.id()))).isTrue();
        assertThat(tx((StoreTransaction x) -> x.users().delete(T1, ann.id()))).isFalse();
        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, ann.id()))).isEmpty();
        write(tx -> tx.users().insert(Records.user(T1, "ann@x.example")));
    }

    @Test
    void activeAdminsAreCountedPerTenant() {
        User suspendedAdmin = Records.admin(Records.user(T1, "s@x.example")).toBuilder().status(UserStatus.SUSPENDED).build();
        write(tx -> {
            tx.users().insert(Records.admin(Records.user(T1, "a@x.example")));
            tx.users().insert(Records.admin(Records.user(T1, "b@x.example")));
            tx.users().insert(suspendedAdmin);
            tx.users().insert(Records.user(T1, "m@x.example"));
            tx.users().insert(Records.admin(Records.user(T2, "c@x.example")));
        });
        assertThat(read((StoreTransaction tx) -> tx.users().countActiveAdmins(T1))).isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> tx.users().countActiveAdmins(T2))).isEqualTo(1);
    }

    @Test
    void purgeableUsersAreDeletedOnesPastTheirWindowOldestFirst() {
        User a = Records.deleted(Records.user(T1, "a@x.example"), Records.T0, Records.T0.plus(Duration.ofDays(3)));
        User b = Records.deleted(Records.user(T1, "b@x.example"), Records.T0, Records.T0.plus(Duration.ofDays(1)));
        User c = Records.deleted(Records.user(T1, "c@x.example"), Records.T0, Records.T0.plus(Duration.ofDays(9)));
        User other = Records.deleted(Records.user(T2, "d@x.example"), Records.T0, Records.T0);
        write(tx -> List.of(a, b, c, other).forEach(tx.users()::insert));

        assertThat(read((StoreTransaction tx) -> tx.users().findPurgeable(T1, Records.T0.plus(Duration.ofDays(3)), 10))).extracting(User::id)
                .containsExactly(b.id(), a.id());
        assertThat(read((StoreTransaction tx) -> tx.users().findPurgeable(T1, Records.T0.plus(Duration.ofDays(10)), 2))).extracting(User::id)
                .containsExactly(b.id(), a.id());
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        User full = Records.admin(Records.withUsername(Records.user(T1, "full@x.example"), "fully")).toBuilder()
                .overrides(java.util.Map.of(dev.roster.spi.model.Permission.of("a.b"), dev.roster.spi.model.Effect.DENY))
                .groups(java.util.Set.of(dev.roster.spi.model.GroupId.of(java.util.UUID.randomUUID())))
                .attributes(java.util.Map.of("team", "blue", "level", "3"))
                .lastLoginAt(Records.T0.plusSeconds(5))
                .profile(new dev.roster.spi.model.Profile("F", "L", "F L", "fully", "+1 555", java.time.ZoneId.of("Europe/Rome"), "ext-1",
                        java.time.LocalDate.of(1990, 2, 3)))
                .build();
        User withSource = new User(full.id(), full.tenantId(), full.email(), full.profile(), "bot_admin", full.roles(), full.overrides(),
                full.groups(), full.status(), full.admin(), new dev.roster.spi.model.RegistrationSource("https://r.example/x", "P1", "CODE1"),
                full.attributes(), full.createdAt(), full.updatedAt(), full.lastLoginAt(), null, 0);
        write(tx -> tx.users().insert(withSource));
        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, full.id()))).contains(withSource);
    }

    @Test
    void externalIdsFindUsersExactlyAndAreUniquePerTenantAmongLiveUsers() {
        User ann = withExternalId(Records.user(T1, "ann@x.example"), "crm-1");
        write(tx -> {
            tx.users().insert(ann);
            tx.users().insert(withExternalId(Records.user(T2, "ann@x.example"), "crm-1"));
        });

        assertThat(read((StoreTransaction tx) -> tx.users().findByExternalId(T1, "crm-1"))).contains(ann);
        assertThat(read((StoreTransaction tx) -> tx.users().findByExternalId(T1, "CRM-1"))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findByExternalIds(T1, java.util.List.of("crm-1", "CRM-1", "crm-2", "crm-1"))))
                .containsExactly(ann);
        assertThat(failure(tx -> tx.users().insert(withExternalId(Records.user(T1, "bob@x.example"), "crm-1"))).code())
                .isEqualTo(ErrorCode.DUPLICATE_EXTERNAL_ID);
        write(tx -> tx.users().update(Records.deleted(ann, Records.T0, Records.T0.plus(Duration.ofDays(30)))));
        assertThat(read((StoreTransaction tx) -> tx.users().findByExternalId(T1, "crm-1"))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.users().findByExternalIds(T1, java.util.List.of("crm-1")))).isEmpty();
        write(tx -> tx.users().insert(withExternalId(Records.user(T1, "carol@x.example"), "crm-1")));
    }

    private static User withExternalId(User user, String externalId) {
        dev.roster.spi.model.Profile p = user.profile();
        return user.toBuilder().profile(new dev.roster.spi.model.Profile(p.firstName(), p.lastName(), p.displayName(), p.username(),
                p.phone(), p.timezone(), externalId, p.dateOfBirth())).build();
    }
}
