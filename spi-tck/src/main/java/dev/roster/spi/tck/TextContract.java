package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Text that is hostile but valid comes back exactly as it went in, from every store; text that no
 * store can hold as given is refused the same way by every store (an {@link InvalidValueException}
 * naming the field) before anything is written; and a search never matches across two fields.
 */
public abstract class TextContract extends StoreContract {
    /** Emoji (surrogate pairs), a combining mark with no precomposed form, right-to-left scripts, quotes, wildcards, backslashes. */
    static final String HOSTILE = "\uD83D\uDE00 q\u0307 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 'O\"Brien` 100% a_b \\n\\ ";

    /** {@code text} repeated and cut to exactly {@code length} UTF-16 units, never splitting a surrogate pair. */
    static String filled(String text, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(text);
        }
        String cut = out.substring(0, length);
        return Character.isHighSurrogate(cut.charAt(length - 1)) ? cut.substring(0, length - 1) + "x" : cut;
    }

    private static User hostileUser() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            attributes.put("key_" + i + "_" + "k".repeat(Limits.ATTRIBUTE_KEY - 8), filled(HOSTILE + "\n\tline two ", Limits.ATTRIBUTE_VALUE));
        }
        User base = Records.user(T1, "o'brien+%_&@x.example");
        Profile profile = new Profile(filled(HOSTILE, Limits.NAME), HOSTILE.strip(), filled("\u05E9" + HOSTILE, Limits.NAME),
                "user.name_1", "+1 (555) 0100", ZoneId.of("Asia/Jerusalem"), filled("ext-\u00E9\u05E9-", Limits.EXTERNAL_ID),
                Limits.EARLIEST_DATE);
        return new User(base.id(), T1, base.email(), profile, "member", base.roles(), Map.of(), Set.of(), base.status(), false,
                new RegistrationSource("https://ref.example/p?q=" + HOSTILE.strip().replace(' ', '+'), "PROMO_1", "ABCDEFGHJK"),
                attributes, Records.T0, Records.T0, null, null, 0);
    }

    @Test
    void hostileButValidTextRoundTripsExactly() {
        User user = hostileUser();
        Invitation invitation = Records.invitation(T1, "inv@x.example", Records.T0, null);
        Invitation withMessage = new Invitation(invitation.id(), T1, invitation.email(), invitation.tokenHash(), invitation.roles(),
                "member", Map.of(), new InviteeProfile(HOSTILE, filled(HOSTILE, Limits.NAME), filled(HOSTILE, Limits.NAME), "user.name_2",
                        "+49 (30) 123-45", java.time.ZoneId.of("America/Argentina/ComodRivadavia"), filled("ext-", Limits.EXTERNAL_ID), Limits.LATEST_DATE),
                filled(HOSTILE + "\nparagraph\t", Limits.MESSAGE), null, invitation.status(), Records.T0, null, Records.T0, 0, null, null, 0);
        Group group = new Group(Records.group(T1, "g").id(), T1, filled(HOSTILE, Limits.GROUP_NAME), Set.of(), Records.T0, 0);
        Tenant tenant = new Tenant(TenantId.of("hostile"), filled(HOSTILE, Limits.TENANT_NAME), Map.of(), null, Records.T0, 0);
        AuditEntry entry = new AuditEntry(AuditEntryId.of(UUID.randomUUID()), T1, null, "user.profile_edited", "user",
                user.id().toString(), Records.T0, Map.of("displayName", filled(HOSTILE + "\n", Limits.AUDIT_DETAIL)));
        write(tx -> {
            tx.users().insert(user);
            tx.invitations().insert(withMessage);
            tx.groups().insert(group);
            tx.tenants().insert(tenant);
            tx.audit().append(entry);
        });

        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, user.id()))).contains(user);
        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T1, withMessage.id()))).contains(withMessage);
        assertThat(read((StoreTransaction tx) -> tx.groups().find(T1, group.id()))).contains(group);
        assertThat(read((StoreTransaction tx) -> tx.tenants().find(tenant.id()))).contains(tenant);
        assertThat(read((StoreTransaction tx) -> tx.audit().query(new AuditQuery(T1, null, null, null, null, null, null, null, 10)))
                .items()).containsExactly(entry);
    }

    @Test
    void namesWhoseLowerCaseIsLongerStillFit() {
        String dottedCapitals = "\u0130".repeat(Limits.NAME);
        User user = withDisplayName(Records.user(T1, "istanbul@x.example"), dottedCapitals);
        Group group = new Group(Records.group(T1, "g").id(), T1, dottedCapitals, Set.of(), Records.T0, 0);
        write(tx -> {
            tx.users().insert(user);
            tx.groups().insert(group);
        });

        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, user.id()))).contains(user);
        assertThat(read((StoreTransaction tx) -> tx.groups().find(T1, group.id()))).contains(group);
        assertThat(read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), null, null, null, null, null, null,
                UserSort.NAME, false, null, 10))).items()).extracting(User::id).containsExactly(user.id());
    }

    @Test
    void hostileTextIsFoundAsPlainText() {
        User user = hostileUser();
        write(tx -> tx.users().insert(user));

        for (String term : List.of("\uD83D\uDE00 q\u0307", "q\u0307 \u05E9", "\u05E9\u05DC\u05D5\u05DD", "'o\"brien`", "100%", "a_b", "\\n\\", "o'brien+%_&@")) {
            assertThat(search(term)).as("search for %s", term).containsExactly(user.email().canonical());
        }
        assertThat(search("100%%")).isEmpty();
        assertThat(search("a%b")).isEmpty();
    }

    @Test
    void aSearchNeverSpansTwoFields() {
        write(tx -> tx.users().insert(Records.withUsername(Records.user(T1, "lovelace@x.example", "Ada", Records.T0), "countess")));

        assertThat(search("ada")).hasSize(1);
        assertThat(search("adalovelace")).isEmpty();
        assertThat(search("ada lovelace")).isEmpty();
        assertThat(search("example countess")).isEmpty();
        assertThat(refusal(() -> search("ada\nlovelace")).field()).isEqualTo("text");
        assertThat(refusal(() -> search("example\ncountess")).field()).isEqualTo("text");
    }

    @Test
    void invalidUserTextIsRefusedNamingTheFieldAndNothingIsWritten() {
        User base = Records.user(T1, "ann@x.example");
        assertRefused("profile.displayName", withDisplayName(base, "Ann\u0000"));
        assertRefused("profile.displayName", withDisplayName(base, "Ann\uD800"));
        assertRefused("profile.displayName", withDisplayName(base, "\uDC00Ann"));
        assertRefused("profile.displayName", withDisplayName(base, "Ann\r\nBcc: x@evil.example"));
        assertRefused("profile.displayName", withDisplayName(base, "evil\u202Etxt.exe"));
        assertRefused("profile.displayName", withDisplayName(base, "Ame\u0301lie"));
        assertRefused("profile.displayName", withDisplayName(base, "x".repeat(Limits.NAME + 1)));
        assertRefused("profile.displayName", withDisplayName(base, "\uD83D\uDE00".repeat(Limits.NAME / 2) + "x"));
        assertRefused("profile.externalId", withProfile(base, new Profile(null, null, "Ann", null, null, null, "id\u200B1", null)));
        assertRefused("profile.dateOfBirth", withProfile(base, new Profile(null, null, "Ann", null, null, null, null,
                LocalDate.of(-5000, 1, 1))));
        assertRefused("profile.dateOfBirth", withProfile(base, new Profile(null, null, "Ann", null, null, null, null,
                LocalDate.of(10000, 1, 1))));
        assertRefused("attributes key", base.toBuilder().attributes(Map.of("k\u0000", "v")).build());
        assertRefused("attributes[k]", base.toBuilder().attributes(Map.of("k", "v\u0007")).build());

        assertThat(read((StoreTransaction tx) -> tx.users().findByEmail(T1, "ann@x.example"))).isEmpty();
    }

    @Test
    void invalidTextInOtherRecordsIsRefusedTheSameWay() {
        Invitation invitation = Records.invitation(T1, "inv@x.example", Records.T0, null);
        Invitation badMessage = new Invitation(invitation.id(), T1, invitation.email(), invitation.tokenHash(), invitation.roles(),
                "member", Map.of(), null, "hello\u0000", null, invitation.status(), Records.T0, null, Records.T0, 0, null, null, 0);
        assertThat(refusal(() -> write(tx -> tx.invitations().insert(badMessage))).field()).isEqualTo("message");
        assertThat(refusal(() -> write(tx -> tx.tenants().insert(new Tenant(TenantId.of("t3"), "Acme\r\nBcc: x", Map.of(), null,
                Records.T0, 0)))).field()).isEqualTo("name");
        assertThat(refusal(() -> write(tx -> tx.groups().insert(Records.group(T1, "g\u2028")))).field()).isEqualTo("name");
        AuditEntry badDetail = new AuditEntry(AuditEntryId.of(UUID.randomUUID()), T1, null, "user.created", "user", "x",
                Records.T0, Map.of("email", "a\uD800"));
        assertThat(refusal(() -> write(tx -> tx.audit().append(badDetail))).field()).isEqualTo("details[email]");

        assertThat(read((StoreTransaction tx) -> tx.invitations().find(T1, invitation.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.tenants().find(TenantId.of("t3")))).isEmpty();
    }

    @Test
    void queriesRefuseTextAndInstantsNoStoreCanHold() {
        assertThat(refusal(() -> search("a\u0000")).field()).isEqualTo("text");
        assertThat(refusal(() -> read((StoreTransaction tx) -> tx.invitations().search(new InvitationQuery(T1, Set.of(), Records.T0,
                "a\uD800", null, 10)))).field()).isEqualTo("text");
        assertThat(refusal(() -> read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), null, null, null,
                java.time.Instant.MIN, null, null, UserSort.CREATED, false, null, 10)))).field()).isEqualTo("registeredFrom");
    }

    private List<String> search(String text) {
        return read((StoreTransaction tx) -> tx.userQueries().search(new UserQuery(T1, Records.T0, Set.of(), text, null, null, null, null, null,
                UserSort.EMAIL, false, null, 10))).items().stream().map(u -> u.email().canonical()).toList();
    }

    private void assertRefused(String field, User user) {
        assertThat(refusal(() -> write(tx -> tx.users().insert(user))).field()).as("insert").isEqualTo(field);
        User valid = Records.user(T1, "valid-" + UUID.randomUUID() + "@x.example");
        write(tx -> tx.users().insert(valid));
        User changed = new User(valid.id(), T1, valid.email(), user.profile(), valid.userType(), valid.roles(), valid.overrides(),
                valid.groups(), valid.status(), false, valid.registration(), user.attributes(), valid.createdAt(), valid.updatedAt(),
                null, null, valid.version());
        assertThat(refusal(() -> write(tx -> tx.users().update(changed))).field()).as("update").isEqualTo(field);
        assertThat(read((StoreTransaction tx) -> tx.users().find(T1, valid.id()))).contains(valid);
    }

    private static User withDisplayName(User user, String displayName) {
        return withProfile(user, new Profile(null, null, displayName, null, null, null, null, null));
    }

    private static User withProfile(User user, Profile profile) {
        return user.toBuilder().profile(profile).build();
    }

    private static InvalidValueException refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidValueException e) {
            return e;
        } catch (RosterException e) {
            throw new AssertionError("expected an InvalidValueException, got " + e, e);
        }
        throw new AssertionError("expected an InvalidValueException, but the call succeeded");
    }
}
