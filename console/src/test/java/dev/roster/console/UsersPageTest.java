package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.policy.Operation;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The people list as HTML, for an admin and a viewer, under two policies. */
class UsersPageTest {
    private static List<String> tabs(Document page) {
        return page.select("nav.tabs a").eachText();
    }

    private static Element rowOf(Document page, String email) {
        return page.select("tbody tr").stream().filter(tr -> tr.select("td").get(1).text().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void tabsCountsFiguresAndRowsFollowThePolicy() {
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy());
        c.f.member("grace@bi.example", SeatCountedTeam.EXPLORER);
        c.f.invite("pending@bi.example");
        c.f.roster.users().create(c.f.adminActor, CreateUserCommand.of("embed@bi.example", ProfileFields.EMPTY, SeatCountedTeam.PUBLIC_TYPE, null));

        Document page = c.page(c.f.admin, "/users");
        assertThat(tabs(page)).containsExactly("Members 3", "Pending 1", "Public 1", "Recently deleted 0", "Everyone 4");
        assertThat(page.select("nav.tabs a[aria-current=page]").text()).isEqualTo("Members 3");
        assertThat(page.select(".card").eachText()).contains("Invited 2", "Completed 1", "Pending 1", "Completion rate 50.0%");
        assertThat(page.select("tbody tr")).hasSize(3);
        assertThat(rowOf(page, "embed@bi.example").select("td").get(4).text()).isEqualTo("Public");

        Document pending = c.page(c.f.admin, "/users?tab=pending");
        assertThat(pending.select("tbody tr")).hasSize(1);
        assertThat(rowOf(pending, "pending@bi.example").select("button").eachText()).containsExactly("Resend", "Revoke");
        assertThat(page.select("table th[scope=col]").eachText()).contains("Name", "Email", "Status", "Actions");
    }

    @Test
    void roleAndTypeFiltersNarrowTheListAndAnInvitationShowsWhereItsMailIs() {
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy());
        c.f.member("explorer@bi.example", SeatCountedTeam.EXPLORER);
        c.f.member("viewer@bi.example", SeatCountedTeam.VIEWER);
        c.f.invite("invited-explorer@bi.example", SeatCountedTeam.EXPLORER);

        Document explorers = c.page(c.f.admin, "/users?tab=everyone&role=explorer");
        assertThat(explorers.select("tbody tr td:eq(1)").eachText()).containsExactlyInAnyOrder("explorer@bi.example", "invited-explorer@bi.example");
        assertThat(explorers.select("#role option[selected]").attr("value")).isEqualTo("explorer");
        assertThat(c.page(c.f.admin, "/users?tab=everyone&role=no-such-role").select("tbody tr")).as("an unknown role is no filter").hasSize(4);
        assertThat(c.page(c.f.admin, "/users?tab=everyone&type=" + SeatCountedTeam.PUBLIC_TYPE).select("tbody tr")).isEmpty();

        assertThat(rowOf(c.page(c.f.admin, "/users?tab=pending"), "invited-explorer@bi.example").select("td").get(4).text())
                .isEqualTo("Pending · mail queued");
        c.f.dispatched();
        assertThat(rowOf(c.page(c.f.admin, "/users?tab=pending"), "invited-explorer@bi.example").select("td").get(4).text())
                .isEqualTo("Pending · mail sent");
    }

    @Test
    void aWorkspaceWithoutPublicUsersShowsNoPublicTabAndTwoRolesToInviteWith() {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        Document page = c.page(c.f.admin, "/users");
        assertThat(tabs(page)).containsExactly("Members 1", "Pending 0", "Recently deleted 0", "Everyone 1");
        assertThat(page.select("#invite-role option").eachAttr("value")).hasSize(2);
        assertThat(page.select("label[for=invite-email]")).hasSize(1);
    }

    @Test
    void whoMayOnlyViewSeesTheListButNoActionAndNoInviteFormAndWhoMayNotSeesNothing() {
        // A policy where viewing people takes the everyday "view dashboards" permission, acting still the admin one.
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy().toBuilder().operation(Operation.VIEW_USERS, SeatCountedTeam.VIEW).build());
        User explorer = c.f.member("explorer@bi.example", SeatCountedTeam.EXPLORER);
        c.f.member("other@bi.example", SeatCountedTeam.VIEWER);
        c.f.invite("pending@bi.example");

        Document page = c.page(explorer, "/users?tab=everyone");
        assertThat(page.select("tbody tr")).hasSize(4);
        assertThat(page.select("td.actions button")).isEmpty();
        assertThat(page.select("#invite-email")).isEmpty();

        ConsoleFixture strict = new ConsoleFixture(SeatCountedTeam.policy());
        User viewer = strict.f.member("viewer@bi.example", SeatCountedTeam.VIEWER);
        ConsoleResponse refused = strict.get(viewer, "/users");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("ada@acme.example");
    }

    @Test
    void hostileNamesAndMessagesRenderAsText() {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        c.f.roster.users().create(c.f.adminActor, CreateUserCommand.of("x@acme.example",
                ProfileFields.named("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"), null, null));
        Document page = c.page(c.f.admin, "/users");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(rowOf(page, "x@acme.example").select("td").get(0).text()).isEqualTo("<script>alert(1)</script> <img src=x onerror=alert(2)>");
        assertThat(c.page(c.f.admin, "/users?q=%3Cb%3Ebold%3C%2Fb%3E").select("b")).isEmpty();
        assertThat(c.page(c.f.admin, "/users?done=%3Cscript%3E&problem=%3Cscript%3E").select(".notice, .problem")).isEmpty();
    }

    @Test
    void pagesMoveForwardAndBackByCursor() {
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy());
        for (int i = 0; i < 60; i++) {
            c.f.invite("p" + i + "@bi.example");
        }
        Document first = c.page(c.f.admin, "/users?tab=pending&sort=email&dir=asc");
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.select("a[rel=prev]")).isEmpty();
        String next = first.selectFirst("a[rel=next]").attr("href");
        Document second = c.page(c.f.admin, next.substring("/roster".length()));
        Document third = c.page(c.f.admin, second.selectFirst("a[rel=next]").attr("href").substring("/roster".length()));
        assertThat(third.select("tbody tr")).hasSize(10);
        assertThat(third.select("a[rel=next]")).isEmpty();
        Document backToSecond = c.page(c.f.admin, third.selectFirst("a[rel=prev]").attr("href").substring("/roster".length()));
        assertThat(backToSecond.select("tbody tr td:eq(1)").eachText()).isEqualTo(second.select("tbody tr td:eq(1)").eachText());
        Document backToFirst = c.page(c.f.admin, backToSecond.selectFirst("a[rel=prev]").attr("href").substring("/roster".length()));
        assertThat(backToFirst.select("tbody tr td:eq(1)").eachText()).isEqualTo(first.select("tbody tr td:eq(1)").eachText());
    }

    @Test
    void anAdminSuspendsAndReactivatesThroughTheForms() {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        Document page = c.page(c.f.admin, "/users");
        Element suspend = rowOf(page, "grace@acme.example").select("form").stream()
                .filter(f -> f.text().equals("Suspend")).findFirst().orElseThrow();
        ConsoleResponse done = c.post(c.f.admin, suspend.attr("action").substring("/roster".length()),
                Map.of("csrf", suspend.selectFirst("input[name=csrf]").attr("value"), "back", suspend.selectFirst("input[name=back]").attr("value")));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.headers().get("Location")).startsWith("/roster/users?").contains("done=suspended");
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);
        Document after = c.page(c.f.admin, done.headers().get("Location").substring("/roster".length()));
        assertThat(after.select(".notice").text()).isEqualTo("The user was suspended.");
        assertThat(rowOf(after, "grace@acme.example").select("button").eachText()).contains("Reactivate");
        assertThat(rowOf(after, "ada@acme.example").select("button")).as("no button to suspend oneself").isEmpty();
    }

    @Test
    void severalAddressesAreInvitedAtOnceAndABadOneIsCountedNotFatal() {
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy());
        String token = c.token(c.f.admin);
        ConsoleResponse done = c.post(c.f.admin, "/invitations/batch", Map.of("csrf", token, "emails",
                "one@bi.example, not-an-address\ntwo@bi.example", "role", "viewer", "back", "tab=pending"));
        assertThat(done.headers().get("Location")).isEqualTo("/roster/users?tab=pending&done=batch&sent=2&refused=1");
        Document page = c.page(c.f.admin, done.headers().get("Location").substring("/roster".length()));
        assertThat(page.select(".notice").text()).isEqualTo("2 invitations sent; 1 address refused.");
        assertThat(page.select("tbody tr td:eq(1)").eachText()).containsExactlyInAnyOrder("one@bi.example", "two@bi.example");
        assertThat(page.select("label[for=batch-emails]").text()).contains("up to " + c.f.roster.policy().maxBatchInvites());

        String tooMany = String.join("\n", java.util.stream.IntStream.rangeClosed(0, c.f.roster.policy().maxBatchInvites())
                .mapToObj(i -> "p" + i + "@bi.example").toList());
        ConsoleResponse refused = c.post(c.f.admin, "/invitations/batch", Map.of("csrf", token, "emails", tooMany));
        assertThat(refused.headers().get("Location")).contains("problem=BATCH_TOO_LARGE");
        assertThat(c.page(c.f.admin, "/users?done=batch&sent=%3Cb%3E&refused=99999").select(".notice").text())
                .isEqualTo("0 invitations sent; 0 addresses refused.");
    }

    @Test
    void anInvitationGrantsTheFlagsTheRoleAllowsAndNoOther() {
        ConsoleFixture c = new ConsoleFixture(dev.roster.core.support.TestPolicies.standard().build());
        Document page = c.page(c.f.admin, "/users");
        assertThat(page.select("input[name=flag]").eachAttr("value")).contains("api.access", "data.export").doesNotContain("chat.use");

        ConsoleResponse sent = c.post(c.f.admin, "/invitations", Map.of("csrf", c.tokenOf(c.f.admin), "email", "flagged@acme.example",
                "role", "member", "flag", "api.access"));
        assertThat(sent.headers().get("Location")).contains("done=invited");
        var invitation = c.f.roster.directory().listInvitations(c.f.adminActor, dev.roster.core.query.InvitationListRequest.pending(10)).items()
                .get(0);
        assertThat(invitation.permissionFlags()).isEqualTo(Map.of(dev.roster.core.support.TestPolicies.API, dev.roster.spi.model.Effect.GRANT));

        // A viewer's role does not let an invitation grant agents.create; a made-up permission is refused too.
        for (String flag : List.of("agents.create", "<script>")) {
            ConsoleResponse refused = c.post(c.f.admin, "/invitations", Map.of("csrf", c.tokenOf(c.f.admin), "email", "other@acme.example",
                    "role", "viewer", "flag", flag));
            assertThat(refused.headers().get("Location")).as(flag).contains("problem=");
        }
        assertThat(c.f.roster.directory().listInvitations(c.f.adminActor, dev.roster.core.query.InvitationListRequest.pending(10)).items())
                .hasSize(1);
    }
}
