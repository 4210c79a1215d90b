package dev.roster.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.audit.AuditActions;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.policy.Operation;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.sheet.SheetSink;
import dev.roster.spi.store.UserSort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportTest {
    private final Fixture f = new Fixture();

    /** What a sink was given. */
    static final class Recorded implements SheetSink {
        List<String> header;
        final List<List<Object>> rows = new ArrayList<>();
        boolean finished;

        @Override
        public void header(List<String> names) {
            header = names;
        }

        @Override
        public void row(List<?> values) {
            rows.add(new ArrayList<>(values));
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    /** Figures from the host, a page at a time; remembers how big each page was. */
    static final class Usage implements UsageFigures {
        final List<Integer> pages = new ArrayList<>();

        @Override
        public List<String> columns() {
            return List.of("Chats", "Paying");
        }

        @Override
        public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
            pages.add(users.size());
            Map<UserId, List<?>> figures = new HashMap<>();
            users.forEach(u -> figures.put(u, List.of(users.indexOf(u) * 10L, true)));
            return figures;
        }
    }

    @Test
    void everyUserOfTheListIsWrittenPageByPageWithTheHostsFiguresAndTheExportIsAudited() {
        for (int i = 0; i < 1_203; i++) {
            f.created("u" + i + "@acme.example", "U" + i, "Person", TestPolicies.MEMBER);
        }
        Usage usage = new Usage();
        Recorded sink = new Recorded();

        long rows = f.roster.exports().exportUsers(f.adminActor, ExportRequest.of(UserListRequest.members(10).withSort(UserSort.EMAIL, false),
                UserField.EMAIL, UserField.DISPLAY_NAME, UserField.ROLES).withUsage(usage), sink);

        assertThat(rows).isEqualTo(1_204);
        assertThat(sink.header).containsExactly("Email", "Display name", "Roles", "Chats", "Paying");
        assertThat(sink.rows).hasSize(1_204);
        assertThat(sink.rows.get(0)).containsExactly((Object) "ada@acme.example", "Ada Lovelace", "admin", 0L, true);
        assertThat(sink.rows.get(1).get(0)).isEqualTo("u0@acme.example");
        assertThat(sink.finished).isTrue();
        assertThat(usage.pages).containsExactly(1_000, 204);
        AuditEntry entry = f.roster.audit().list(f.adminActor, AuditListRequest.latest(1)).items().get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.USERS_EXPORTED);
        assertThat(entry.details()).containsEntry("rows", "1204").containsEntry("sort", "EMAIL")
                .containsEntry("columns", "Email, Display name, Roles, Chats, Paying").containsKey("statuses");
    }

    @Test
    void theExportFollowsTheListsFilterAndSortExactlyAsTheDirectoryDoes() {
        f.created("zed@acme.example", "Zed", "Last", TestPolicies.VIEWER);
        f.created("amy@acme.example", "Amy", "First", TestPolicies.VIEWER);
        f.created("bob@acme.example", "Bob", "Middle", TestPolicies.MEMBER);
        UserListRequest viewers = UserListRequest.members(50).withRoles(Set.of(TestPolicies.VIEWER)).withSort(UserSort.NAME, true);
        Recorded sink = new Recorded();

        f.roster.exports().exportUsers(f.adminActor, ExportRequest.of(viewers, UserField.EMAIL), sink);

        assertThat(sink.rows).extracting(r -> (Object) r.get(0)).containsExactlyElementsOf(
                f.roster.directory().listUsers(f.adminActor, viewers).items().stream().map(u -> (Object) u.email().value()).toList());
        assertThat(sink.rows).extracting(r -> r.get(0)).containsExactly((Object) "zed@acme.example", "amy@acme.example");
        assertThat(f.roster.audit().list(f.adminActor, AuditListRequest.latest(1)).items().get(0).details())
                .containsEntry("rows", "2").containsEntry("roles", "[viewer]").containsEntry("sort", "NAME descending");
    }

    @Test
    void exportingNeedsThePermissionThePolicyNamesNotOnlyTheRightToViewUsers() {
        Fixture strict = new Fixture(TestPolicies.standard().operation(Operation.VIEW_USERS, TestPolicies.CHAT)
                .operation(Operation.EXPORT_USERS, TestPolicies.EXPORT).build());
        User max = strict.member("max@acme.example", TestPolicies.MEMBER); // chat and export
        strict.roster.users().setOverrides(strict.adminActor, new dev.roster.core.user.SetOverridesCommand(max.id(),
                strict.roster.users().get(strict.adminActor, max.id()).version(), Map.of(TestPolicies.EXPORT, dev.roster.spi.model.Effect.DENY)));
        Recorded sink = new Recorded();

        assertThat(strict.roster.directory().listUsers(strict.actor(max), UserListRequest.members(50)).items()).hasSize(2);
        catchThrowableOfType(PermissionDeniedException.class, () -> strict.roster.exports().exportUsers(strict.actor(max),
                ExportRequest.of(UserListRequest.members(50), UserField.EMAIL), sink));
        assertThat(sink.header).isNull();

        strict.roster.users().setOverrides(strict.adminActor, new dev.roster.core.user.SetOverridesCommand(max.id(),
                strict.roster.users().get(strict.adminActor, max.id()).version(), Map.of()));
        assertThat(strict.roster.exports().exportUsers(strict.actor(max), ExportRequest.of(UserListRequest.members(50), UserField.EMAIL),
                new Recorded())).isEqualTo(2);
    }

    @Test
    void whatReachedTheSinkIsAuditedEvenWhenTheExportFailsPartwayOrTheRightIsWithdrawnMeanwhile() {
        for (int i = 0; i < 1_100; i++) {
            f.created("u" + i + "@acme.example", "U" + i, "P", TestPolicies.MEMBER);
        }
        UsageFigures failsOnTheSecondPage = new UsageFigures() {
            private int pages;

            @Override
            public List<String> columns() {
                return List.of("Chats");
            }

            @Override
            public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
                if (++pages == 2) {
                    throw new IllegalStateException("usage service down");
                }
                return Map.of();
            }
        };
        Recorded sink = new Recorded();

        catchThrowableOfType(IllegalStateException.class, () -> f.roster.exports().exportUsers(f.adminActor,
                ExportRequest.of(UserListRequest.members(10), UserField.EMAIL).withUsage(failsOnTheSecondPage), sink));

        assertThat(sink.rows).hasSize(1_000);
        assertThat(f.roster.audit().list(f.adminActor, AuditListRequest.latest(1)).items().get(0).details())
                .containsEntry("rows", "1000").containsEntry("incomplete", "true");
    }

    @Test
    void anExportWhoseRightIsWithdrawnWhileItRunsIsStillAudited() {
        Fixture strict = new Fixture(TestPolicies.standard().operation(Operation.VIEW_USERS, TestPolicies.CHAT)
                .operation(Operation.EXPORT_USERS, TestPolicies.EXPORT).build());
        User max = strict.member("max@acme.example", TestPolicies.MEMBER);
        for (int i = 0; i < 600; i++) {
            strict.created("u" + i + "@acme.example", "U" + i, "P", TestPolicies.MEMBER);
        }
        UsageFigures revokeMidway = new UsageFigures() {
            private boolean done;

            @Override
            public List<String> columns() {
                return List.of("Chats");
            }

            @Override
            public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
                if (!done) {
                    done = true; // another admin takes max's export right while the export runs
                    strict.roster.users().setOverrides(strict.adminActor, new dev.roster.core.user.SetOverridesCommand(max.id(),
                            strict.roster.users().get(strict.adminActor, max.id()).version(),
                            Map.of(TestPolicies.EXPORT, dev.roster.spi.model.Effect.DENY)));
                }
                return Map.of();
            }
        };
        Recorded sink = new Recorded();

        long rows = strict.roster.exports().exportUsers(strict.actor(max), ExportRequest.of(UserListRequest.members(10), UserField.EMAIL)
                .withUsage(revokeMidway), sink);

        AuditEntry entry = strict.roster.audit().list(strict.adminActor, AuditListRequest.latest(1)).items().get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.USERS_EXPORTED);
        assertThat(entry.actor()).isEqualTo(max.id());
        assertThat(entry.details()).containsEntry("rows", String.valueOf(rows)).doesNotContainKey("incomplete");
        assertThat(rows).isEqualTo(sink.rows.size());
    }

    @Test
    void aMemberWithoutTheRightToExportWritesNothing() {
        User member = f.member("max@acme.example");
        Recorded sink = new Recorded();

        catchThrowableOfType(PermissionDeniedException.class, () -> f.roster.exports().exportUsers(f.actor(member),
                ExportRequest.of(UserListRequest.members(50), UserField.EMAIL), sink));

        assertThat(sink.header).isNull();
        assertThat(sink.rows).isEmpty();
        assertThat(f.roster.audit().list(f.adminActor, AuditListRequest.latest(5)).items())
                .noneMatch(e -> e.action().equals(AuditActions.USERS_EXPORTED));
    }

    @Test
    void noFieldCarriesASecret() {
        User ada = f.roster.users().get(f.adminActor, f.admin.id());
        Recorded sink = new Recorded();
        f.roster.exports().exportUsers(f.adminActor, ExportRequest.of(UserListRequest.members(5), UserField.values()), sink);

        assertThat(sink.header).hasSize(UserField.values().length);
        assertThat(sink.rows.get(0)).contains((Object) ada.id().toString(), "ada@acme.example", "ACTIVE");
        assertThat(sink.rows.get(0)).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotStartWith("$argon2").doesNotContain("token"));
    }
}
