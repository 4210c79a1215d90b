package dev.roster.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.policy.Policy;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.RosterStore;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The auto-configuration in a bare application context: what it wires, what a host bean replaces, when it backs off. */
class RosterAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterJdbcAutoConfiguration.class, RosterAutoConfiguration.class));

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static TenantBootstrap acme() {
        return new TenantBootstrap(TenantId.of("acme"), "Acme", "ada@acme.example", ProfileFields.named("Ada", "L"), null, null);
    }

    @Test
    void anApplicationWithADataSourceGetsAWorkingRosterOnIt() {
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).run(context -> {
            assertThat(context).hasSingleBean(Roster.class).hasSingleBean(JdbcRosterStore.class);
            Roster roster = context.getBean(Roster.class);
            assertThat(roster.policy().roles()).isEqualTo(TwoRoleWorkspace.policy().roles());
            var ada = roster.tenants().bootstrap(acme());
            assertThat(roster.users().get(Actor.user(TenantId.of("acme"), ada.id()), ada.id()).email().value()).isEqualTo("ada@acme.example");
        });
    }

    @Test
    void propertiesAndHostBeansChangeWhatIsWired() {
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withPropertyValues("roster.preset=SeatCountedTeam")
                .run(context -> assertThat(context.getBean(Roster.class).policy().roles()).isEqualTo(SeatCountedTeam.policy().roles()));
        Policy own = TwoRoleWorkspace.policy().toBuilder().maxBatchInvites(7).build();
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withBean(Policy.class, () -> own)
                .run(context -> assertThat(context.getBean(Roster.class).policy().maxBatchInvites()).isEqualTo(7));
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withBean(RosterStore.class, InMemoryRosterStore::new).run(context -> {
            assertThat(context).doesNotHaveBean(JdbcRosterStore.class);
            assertThat(context.getBean(RosterStore.class)).isInstanceOf(InMemoryRosterStore.class);
            assertThat(context).hasSingleBean(Roster.class);
        });
    }

    @Test
    void anUnknownPresetOrASchemaThatIsNotThereStopsTheStartWithWhatIsWrong() {
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withPropertyValues("roster.preset=Nope")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("no preset 'Nope'")
                        .hasMessageContaining("SeatCountedTeam"));
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withPropertyValues("roster.jdbc.schema=VALIDATE")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void withoutADataSourceOrTheJdbcAdapterItBacksOffCleanly() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Roster.class).doesNotHaveBean(RosterStore.class));
        runner.withBean(DataSource.class, RosterAutoConfigurationTest::h2).withClassLoader(new FilteredClassLoader(JdbcRosterStore.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Roster.class));
    }

    @Test
    void aRosterCallInsideTheApplicationsTransactionCommitsOrRollsBackWithIt() {
        DataSource dataSource = h2();
        runner.withBean(DataSource.class, () -> dataSource).run(context -> {
            Roster roster = context.getBean(Roster.class);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            try {
                transaction.executeWithoutResult(status -> {
                    roster.tenants().bootstrap(acme());
                    throw new IllegalStateException("the application's own step fails after Roster's");
                });
            } catch (IllegalStateException expected) {
                // the application's failure, as it would reach its caller
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> roster.users().findByEmail(Actor.system(TenantId.of("acme")),
                    "ada@acme.example"))).as("the tenant and its admin rolled back with it").isInstanceOf(NotFoundException.class);

            transaction.executeWithoutResult(status -> roster.tenants().bootstrap(acme()));
            assertThat(roster.users().findByEmail(Actor.system(TenantId.of("acme")), "ada@acme.example")).as("committed with it").isPresent();
        });
    }

    /** The IDE's completion offers exactly the presets there are, and every property has its description. */
    @Test
    void theConfigurationMetadataNamesEveryPresetAndDescribesEveryProperty() throws Exception {
        String metadata;
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String preset : dev.roster.core.presets.Presets.names()) {
            assertThat(metadata).contains("\"value\": \"" + preset + "\"");
        }
        String properties = metadata.substring(metadata.indexOf("\"properties\""), metadata.indexOf("\"hints\""));
        // Each property's entry runs from its name to the next one's.
        String[] entries = properties.split("\"name\": \"roster\\.");
        int described = 0;
        for (String entry : java.util.Arrays.asList(entries).subList(1, entries.length)) {
            assertThat(entry).as(entry.substring(0, entry.indexOf('"'))).contains("\"description\"");
            described++;
        }
        assertThat(described).as("properties found").isGreaterThanOrEqualTo(7);
    }

    /**
     * Roster on a second, named DataSource: the application's transaction on its primary one is not Roster's to
     * join, so Roster owns its unit there, and a hook that fails still rolls the whole unit back; under the
     * named DataSource's own transaction manager Roster joins as usual. Several DataSources and no name: the
     * start says which property to set.
     */
    @Test
    void onANamedSecondDataSourceRosterOwnsItsUnitUnlessThatDataSourcesTransactionIsOpen() {
        java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();
        DataSource primary = h2();
        DataSource rosters = h2();
        dev.roster.spi.hooks.LifecycleHooks refusing = new dev.roster.spi.hooks.LifecycleHooks() {
            @Override
            public void onDeleted(dev.roster.spi.model.User user, boolean permanently) {
                throw new IllegalStateException("the host cannot remove this user's content");
            }
        };
        runner.withBean("appDataSource", DataSource.class, () -> primary, bd -> bd.setPrimary(true))
                .withBean("rosterDataSource", DataSource.class, () -> rosters).withBean(dev.roster.spi.hooks.LifecycleHooks.class, () -> refusing)
                .withBean(dev.roster.core.observe.RosterObserver.class, () -> new dev.roster.core.observe.RosterObserver() {
                    @Override
                    public void invitationsIssued(TenantId tenant, int count) {
                        issued.addAndGet(count);
                    }
                })
                .withPropertyValues("roster.jdbc.data-source=rosterDataSource").run(context -> {
                    Roster roster = context.getBean(Roster.class);
                    var ada = roster.tenants().bootstrap(acme());
                    Actor admin = Actor.user(TenantId.of("acme"), ada.id());
                    var carol = roster.invitees().accept(TenantId.of("acme"), roster.invitations().invite(admin,
                            dev.roster.core.invitation.InviteCommand.of("carol@acme.example", null)).token().reveal(),
                            dev.roster.core.invitation.AcceptCommand.of(ProfileFields.named("Carol", "C")));
                    TransactionTemplate hosts = new TransactionTemplate(new DataSourceTransactionManager(primary));
                    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> hosts.executeWithoutResult(
                            status -> roster.lifecycle().delete(admin, carol.id())))).hasMessageContaining("cannot remove");
                    assertThat(roster.users().get(admin, carol.id()).status()).as("the failed unit left nothing")
                            .isEqualTo(dev.roster.spi.model.UserStatus.ACTIVE);

                    // Roster's invitation inside the application's failing transaction on the other DataSource was its own
                    // unit, committed: the observer hears it then, not at a commit of the application's that never comes.
                    issued.set(0);
                    org.assertj.core.api.Assertions.catchThrowable(() -> hosts.executeWithoutResult(status -> {
                        roster.invitations().invite(admin, dev.roster.core.invitation.InviteCommand.of("kept@acme.example", null));
                        throw new IllegalStateException("the application's own step fails");
                    }));
                    assertThat(issued).hasValue(1);
                    assertThat(roster.directory().listInvitations(admin, dev.roster.core.query.InvitationListRequest.all(100)).items())
                            .extracting(i -> i.email().value()).contains("kept@acme.example");

                    TransactionTemplate rostersOwn = new TransactionTemplate(new DataSourceTransactionManager(rosters));
                    org.assertj.core.api.Assertions.catchThrowable(() -> rostersOwn.executeWithoutResult(status -> {
                        roster.invitations().invite(admin, dev.roster.core.invitation.InviteCommand.of("lost@acme.example", null));
                        throw new IllegalStateException("the application's own step fails");
                    }));
                    assertThat(roster.directory().listInvitations(admin, dev.roster.core.query.InvitationListRequest.all(100)).items())
                            .extracting(i -> i.email().value()).doesNotContain("lost@acme.example");
                    assertThat(issued).as("nothing heard of the rolled-back one").hasValue(1);
                });
        runner.withBean("one", DataSource.class, RosterAutoConfigurationTest::h2).withBean("two", DataSource.class, RosterAutoConfigurationTest::h2)
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("roster.jdbc.data-source"));
    }
}
