package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.spi.model.User;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The audit trail page: newest first, by who acted and by days, only for who may read the trail. */
class AuditPageTest {
    private final ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());

    private static java.util.List<String> column(Document page, int index) {
        return page.select("tbody tr").stream().map(tr -> tr.select("td").get(index).text()).toList();
    }

    @Test
    void theTrailIsFilteredByWhoActedAndByDays() {
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        c.f.roster.lifecycle().suspend(c.f.adminActor, grace.id());

        Document all = c.page(c.f.admin, "/audit");
        assertThat(column(all, 1)).startsWith("user.suspended").contains("invitation.created", "tenant.created");
        assertThat(column(all, 2).get(0)).isEqualTo("ada@acme.example");
        assertThat(column(all, 3).get(0)).startsWith("user " + grace.id());

        Document byGrace = c.page(c.f.admin, "/audit?by=grace%40acme.example");
        assertThat(column(byGrace, 2)).allMatch(by -> by.equals("grace@acme.example"));
        assertThat(column(byGrace, 1)).doesNotContain("user.suspended");

        Document nobody = c.page(c.f.admin, "/audit?by=%3Cscript%3Enobody%40acme.example");
        assertThat(nobody.select(".problem").text()).startsWith("No member has that address");
        assertThat(nobody.select("script:not([src])")).isEmpty();
        assertThat(column(nobody, 1)).hasSameSizeAs(column(all, 1));

        assertThat(c.page(c.f.admin, "/audit?from=2999-01-01").select("tbody tr")).isEmpty();
        assertThat(c.page(c.f.admin, "/audit?from=2000-01-01&to=2999-12-31").select("tbody tr")).hasSameSizeAs(all.select("tbody tr"));
        assertThat(c.page(c.f.admin, "/audit?from=yesterday").select(".problem").text()).startsWith("A date reads as");
    }

    @Test
    void whoMayNotReadTheTrailGetsNothing() {
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        ConsoleResponse refused = c.get(grace, "/audit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("tenant.created");
    }
}
