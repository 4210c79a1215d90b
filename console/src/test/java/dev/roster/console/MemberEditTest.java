package dev.roster.console;

import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWNER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.permission.Layer;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.User;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A member's page edits: profile, roles, overrides and groups, each checked by Roster as the actor and at the version shown. */
class MemberEditTest {
    private final ConsoleFixture standard = new ConsoleFixture(TestPolicies.standard().build());
    private final ConsoleFixture delegated = new ConsoleFixture(TestPolicies.delegated().build());

    private static Map<String, String> form(ConsoleFixture c, User as, User target, String... pairs) {
        Map<String, String> fields = new HashMap<>();
        fields.put("csrf", c.tokenOf(as));
        fields.put("version", Long.toString(c.f.roster.users().get(c.f.adminActor, target.id()).version()));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static User reread(ConsoleFixture c, User user) {
        return c.f.roster.users().get(c.f.adminActor, user.id());
    }

    @Test
    void theProfileFormShowsTheMemberAndSavesItsChanges() {
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        Document page = standard.page(standard.f.admin, "/users/" + grace.id());
        assertThat(page.select("form[action$=/profile] input[name=firstName]").attr("value")).isEqualTo("Grace");
        assertThat(page.select("form[action$=/profile] label[for=edit-phone]").text()).isEqualTo("Phone");

        ConsoleResponse saved = standard.post(standard.f.admin, "/users/" + grace.id() + "/profile", form(standard, standard.f.admin, grace,
                "email", "grace.h@acme.example", "firstName", "Grace", "lastName", "Murray Hopper", "phone", "+1 555 0100",
                "timezone", "America/New_York", "dateOfBirth", "1906-12-09"));

        assertThat(saved.headers().get("Location")).isEqualTo("/roster/users/" + grace.id() + "?done=profile-saved");
        User after = reread(standard, grace);
        assertThat(after.email().value()).isEqualTo("grace.h@acme.example");
        assertThat(after.profile().lastName()).isEqualTo("Murray Hopper");
        assertThat(after.profile().timezone().getId()).isEqualTo("America/New_York");
        assertThat(after.profile().dateOfBirth()).hasToString("1906-12-09");
        assertThat(standard.page(standard.f.admin, "/users/" + grace.id() + "?done=profile-saved").select(".notice").text())
                .isEqualTo("The profile was saved.");
    }

    @Test
    void anEditMadeMeanwhileIsNotOverwritten() {
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        Map<String, String> loaded = form(standard, standard.f.admin, grace, "email", "grace@acme.example", "firstName", "Amazing");
        standard.post(standard.f.admin, "/users/" + grace.id() + "/profile", form(standard, standard.f.admin, grace,
                "email", "grace@acme.example", "firstName", "Rear Admiral"));

        ConsoleResponse stale = standard.post(standard.f.admin, "/users/" + grace.id() + "/profile", loaded);

        assertThat(stale.headers().get("Location")).endsWith("?problem=STALE_VERSION");
        assertThat(reread(standard, grace).profile().firstName()).isEqualTo("Rear Admiral");
    }

    @Test
    void aBadFieldIsNamedAndChangesNothing() {
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        for (String[] bad : new String[][] {{"phone", "call me"}, {"timezone", "Mars/Olympus"}, {"dateOfBirth", "yesterday"}}) {
            ConsoleResponse refused = standard.post(standard.f.admin, "/users/" + grace.id() + "/profile", form(standard, standard.f.admin, grace,
                    "email", "grace@acme.example", "firstName", "Changed", bad[0], bad[1]));
            String location = refused.headers().get("Location");
            assertThat(location).as(bad[0]).contains("problem=VALIDATION_FAILED").contains("field=profile." + bad[0]);
            String shown = standard.page(standard.f.admin, location.substring("/roster".length())).select(".problem").text();
            assertThat(shown).as(bad[0]).startsWith("Please check the form (the ");
        }
        assertThat(reread(standard, grace).profile().firstName()).isEqualTo("Grace");
        assertThat(reread(standard, grace).version()).isEqualTo(grace.version());
    }

    @Test
    void aManagerIsOfferedOnlyTheRolesItMayGiveAndACraftedPostGetsNoFurther() {
        User manager = delegated.f.created("m@acme.example", "M", "M", MANAGER);
        User member = delegated.f.created("x@acme.example", "X", "X", MEMBER);

        Document page = delegated.page(manager, "/users/" + member.id());
        assertThat(page.select("form[action$=/roles] input[type=checkbox]").eachAttr("value")).containsExactly("manager", "member");
        assertThat(page.select("form[action$=/roles] input[checked]").eachAttr("value")).containsExactly("member");
        assertThat(delegated.page(manager, "/users").select("#invite-role option").eachAttr("value")).containsExactly("manager", "member");

        ConsoleResponse crafted = delegated.post(manager, "/users/" + member.id() + "/roles", form(delegated, manager, member, "role", "owner"));
        assertThat(crafted.headers().get("Location")).endsWith("?problem=PERMISSION_DENIED");
        assertThat(reread(delegated, member).roles()).containsExactly(MEMBER);

        Map<String, String> both = form(delegated, manager, member, "role", "manager");
        ConsoleResponse saved = delegated.console.handle(new ConsoleRequest("POST", "/roster", "/users/" + member.id() + "/roles", Map.of(),
                Map.of("csrf", java.util.List.of(both.get("csrf")), "version", java.util.List.of(both.get("version")),
                        "role", java.util.List.of("manager", "member")),
                Map.of("Host", java.util.List.of(ConsoleFixture.HOST), "Origin", java.util.List.of("https://" + ConsoleFixture.HOST),
                        ConsoleFixture.ACTING, java.util.List.of(manager.id().toString())), "192.0.2.1", null));
        assertThat(saved.headers().get("Location")).endsWith("?done=roles-saved");
        assertThat(reread(delegated, member).roles()).containsExactlyInAnyOrder(MANAGER, MEMBER);
        assertThat(delegated.f.roster.users().get(delegated.f.adminActor, member.id()).roles()).doesNotContain(OWNER, VIEWER);
    }

    @Test
    void anOverrideSavedFromTheTableIsWhatDecidesThePermission() {
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        ConsoleResponse saved = standard.post(standard.f.admin, "/users/" + grace.id() + "/overrides", form(standard, standard.f.admin, grace,
                "override." + API.value(), "GRANT", "override." + EXPORT.value(), "DENY"));

        assertThat(saved.headers().get("Location")).endsWith("?done=overrides-saved");
        assertThat(reread(standard, grace).overrides()).isEqualTo(Map.of(API, Effect.GRANT, EXPORT, Effect.DENY));
        assertThat(standard.f.roster.permissions().explain(standard.f.adminActor, grace.id(), API).layer()).isEqualTo(Layer.USER_OVERRIDE);
        Document page = standard.page(standard.f.admin, "/users/" + grace.id());
        assertThat(page.select("select[name=override." + API.value() + "] option[selected]").attr("value")).isEqualTo("GRANT");
        assertThat(page.select("select[name=override." + EXPORT.value() + "] option[selected]").attr("value")).isEqualTo("DENY");
        assertThat(page.select("select[name=override." + CHAT.value() + "]")).as("chat is not the member's to override").isEmpty();

        ConsoleResponse crafted = standard.post(standard.f.admin, "/users/" + grace.id() + "/overrides", form(standard, standard.f.admin, grace,
                "override." + CHAT.value(), "DENY"));
        assertThat(crafted.headers().get("Location")).contains("problem=VALIDATION_FAILED");
        assertThat(reread(standard, grace).overrides()).isEqualTo(Map.of(API, Effect.GRANT, EXPORT, Effect.DENY));

        standard.post(standard.f.admin, "/users/" + grace.id() + "/overrides", form(standard, standard.f.admin, grace));
        assertThat(reread(standard, grace).overrides()).as("every select back to inherit clears them").isEmpty();
    }

    @Test
    void groupsAreTickedAndSaved() {
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        Group analysts = standard.f.roster.groups().create(standard.f.adminActor, "Analysts <b>", Set.of(API));

        Document page = standard.page(standard.f.admin, "/users/" + grace.id());
        assertThat(page.select("form[action$=/groups] label").text()).isEqualTo("Analysts <b>");
        ConsoleResponse saved = standard.post(standard.f.admin, "/users/" + grace.id() + "/groups", form(standard, standard.f.admin, grace,
                "group", analysts.id().toString()));

        assertThat(saved.headers().get("Location")).endsWith("?done=groups-saved");
        assertThat(reread(standard, grace).groups()).containsExactly(analysts.id());
        assertThat(standard.page(standard.f.admin, "/users/" + grace.id()).select("form[action$=/groups] input[checked]").eachAttr("value"))
                .containsExactly(analysts.id().toString());
    }

    @Test
    void nobodyIsOfferedFormsToRaiseThemselvesOrWhatTheyMayNotDo() {
        Document own = standard.page(standard.f.admin, "/users/" + standard.f.admin.id());
        assertThat(own.select("form[action$=/profile]")).hasSize(1);
        assertThat(own.select("form[action$=/roles], form[action$=/overrides], form[action$=/groups]")).isEmpty();

        User viewer = standard.f.created("v@acme.example", "V", "V", VIEWER);
        User grace = standard.f.created("grace@acme.example", "Grace", "Hopper", MEMBER);
        ConsoleResponse crafted = standard.post(viewer, "/users/" + viewer.id() + "/roles", form(standard, viewer, viewer, "role", "admin"));
        assertThat(crafted.status()).isIn(303, 403);
        assertThat(reread(standard, viewer).roles()).containsExactly(VIEWER);
        ConsoleResponse edit = standard.post(viewer, "/users/" + grace.id() + "/profile", form(standard, viewer, grace,
                "email", "attacker@evil.example"));
        assertThat(edit.status()).isIn(303, 403);
        assertThat(reread(standard, grace).email().value()).isEqualTo("grace@acme.example");
    }

    @Test
    void aManagerIsOfferedNoFormOnAnOwnersPage() {
        User manager = delegated.f.created("m@acme.example", "M", "M", MANAGER);
        Document owners = delegated.page(manager, "/users/" + delegated.f.admin.id());
        assertThat(owners.select("form[action$=/profile], form[action$=/roles], form[action$=/overrides], form[action$=/groups]"))
                .as("Roster would refuse each: the owner holds what the manager does not").isEmpty();
        User member = delegated.f.created("x@acme.example", "X", "X", MEMBER);
        assertThat(delegated.page(manager, "/users/" + member.id()).select("form[action$=/profile], form[action$=/roles]")).hasSize(2);
    }
}
