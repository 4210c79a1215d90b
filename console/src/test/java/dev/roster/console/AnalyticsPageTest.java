package dev.roster.console;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.spi.model.User;
import java.time.Duration;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Registrations as a server-drawn chart and a table, referral sources and seats, over 30 days, 90 days or a chosen period. */
class AnalyticsPageTest {
    private final ConsoleFixture c = new ConsoleFixture(TestPolicies.standard().build());

    private void registered(String email, String referrer) {
        c.f.roster.users().create(c.f.adminActor, CreateUserCommand.of(email, ProfileFields.named("R", "S"), null, Set.of(MEMBER))
                .withRegistration(new RegistrationFields(referrer, null)));
    }

    @Test
    void thirtyDaysOfRegistrationsAreDrawnAsBarsScaledToTheBusiestDay() {
        c.f.roster.tenants().setSeatLimit(c.f.adminActor, 10);
        registered("a@acme.example", "https://news.example/post");
        registered("b@acme.example", "https://news.example/other");
        c.f.clock.advance(Duration.ofDays(3));
        registered("c@acme.example", null);

        Document page = c.page(c.f.admin, "/analytics");
        assertThat(page.select("svg rect")).hasSize(30);
        Element tallest = page.select("svg rect").stream().filter(r -> r.attr("height").equals("200.00")).findFirst().orElseThrow();
        assertThat(tallest.selectFirst("title").text()).endsWith(": 3").as("the admin and two on the first day");
        assertThat(page.select("svg rect").stream().filter(r -> r.selectFirst("title").text().endsWith(": 1"))).hasSize(1)
                .allMatch(r -> r.attr("height").equals("66.67"));
        assertThat(page.select("section[aria-labelledby=trend-title] tbody tr")).hasSize(30);
        assertThat(page.select("section[aria-labelledby=referrals-title] tbody tr td:first-child").eachText()).contains("https://news.example");
        assertThat(page.select("meter#seats").attr("max")).isEqualTo("10");
        assertThat(page.select("meter#seats").attr("value")).isEqualTo("4");
        assertThat(page.select("script")).as("only the page's own htmx file").allMatch(s -> s.hasAttr("src"));
    }

    @Test
    void ninetyDaysAreDrawnByDayLongerPeriodsByWeekAndABadPeriodFallsBack() {
        assertThat(c.page(c.f.admin, "/analytics?range=90").select("svg rect")).as("one bar a day").hasSize(90);
        String today = c.f.clock.instant().toString().substring(0, 10);
        Document custom = c.page(c.f.admin, "/analytics?range=custom&from=2025-01-01&to=" + today);
        assertThat(custom.select("caption").text()).contains("New users per week");
        assertThat(custom.select("svg rect").size()).as("a bar a week from 2025-01-01").isBetween(60, 70);
        Document backwards = c.page(c.f.admin, "/analytics?range=custom&from=" + today + "&to=2025-01-01");
        assertThat(backwards.select(".problem").text()).startsWith("Choose a first and a last day");
        assertThat(backwards.select("svg rect")).hasSize(30);
        Document hostile = c.page(c.f.admin, "/analytics?range=custom&from=%3Cscript%3E&to=x");
        assertThat(hostile.select("main script")).isEmpty();
    }

    @Test
    void someoneWhoMayNotViewUsersSeesNoFigures() {
        User viewer = c.f.created("v@acme.example", "V", "V", VIEWER);
        ConsoleResponse refused = c.get(viewer, "/analytics");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("svg");
    }
}
