package dev.roster.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.console.Console;
import dev.roster.console.ConsoleAuthorizer;
import dev.roster.spi.store.RosterStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The console's servlet: off unless enabled, mounted where the properties say, and never without an authorizer. */
class RosterConsoleAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterJdbcAutoConfiguration.class, RosterAutoConfiguration.class,
                    RosterConsoleAutoConfiguration.class))
            .withBean("rosterStore", RosterStore.class, InMemoryRosterStore::new);

    @Test
    void theConsoleIsOffUnlessEnabled() {
        runner.withBean(ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Console.class).doesNotHaveBean(ServletRegistrationBean.class));
    }

    @Test
    void enabledItIsMountedAtItsPathBehindTheApplicationsAuthorizer() {
        runner.withBean(ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY)
                .withPropertyValues("roster.console.enabled=true", "roster.console.path=/admin/people/").run(context -> {
                    assertThat(context).hasSingleBean(Console.class);
                    ServletRegistrationBean<?> servlet = context.getBean(ServletRegistrationBean.class);
                    assertThat(servlet.getUrlMappings()).containsExactly("/admin/people/*");
                });
    }

    @Test
    void enabledWithoutAnAuthorizerTheApplicationDoesNotStartAndSaysWhatToAdd() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security")).withPropertyValues("roster.console.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("defines no ConsoleAuthorizer bean")
                        .hasMessageContaining("spring-boot-starter-security").hasMessageContaining("roster.console.enabled=false"));
        runner.withPropertyValues("roster.console.enabled=true").run(context -> assertThat(context).as("under Spring Security, without a tenant")
                .hasFailed().getFailure().rootCause().hasMessageContaining("roster.console.tenant is not set"));
    }

    /** Under Spring Security the console acts as the signed-in member of the tenant, if active, and its forms carry the CSRF token. */
    @Test
    void underSpringSecurityTheSignedInActiveMemberIsLetInAndNobodyElse() {
        runner.withPropertyValues("roster.console.enabled=true", "roster.console.tenant=acme").run(context -> {
            assertThat(context.getBean(ConsoleAuthorizer.class)).isInstanceOf(SpringSecurityConsoleAccess.class);
            dev.roster.core.Roster roster = context.getBean(dev.roster.core.Roster.class);
            var ada = roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(ACME, "Acme", "ada@acme.example",
                    dev.roster.core.user.ProfileFields.named("Ada", "L"), null, null));
            var admin = dev.roster.core.access.Actor.user(ACME, ada.id());
            var grace = roster.invitations().invite(admin, dev.roster.core.invitation.InviteCommand.of("grace@acme.example", null));
            var graceUser = roster.invitees().accept(ACME, grace.token().reveal(), dev.roster.core.invitation.AcceptCommand.of(
                    dev.roster.core.user.ProfileFields.named("Grace", "H")));
            roster.lifecycle().suspend(admin, graceUser.id());
            Console console = context.getBean(Console.class);
            try {
                assertThat(status(console, null)).as("anonymous").isEqualTo(403);
                assertThat(status(console, new org.springframework.security.authentication.AnonymousAuthenticationToken("key", "anonymousUser",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(403);
                assertThat(status(console, signedIn("nobody@acme.example"))).as("a name Roster does not know").isEqualTo(403);
                assertThat(status(console, signedIn("grace@acme.example"))).as("a suspended member").isEqualTo(403);
                assertThat(status(console, signedIn("ADA@acme.example"))).as("the admin, by her email").isEqualTo(200);
                var servlet = new org.springframework.mock.web.MockHttpServletRequest();
                servlet.setAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName(),
                        new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-hosts-token"));
                String page = new String(console.handle(new dev.roster.console.ConsoleRequest("GET", "/roster", "/users", java.util.Map.of(),
                        java.util.Map.of(), java.util.Map.of(), "127.0.0.1", servlet)).body(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(page).contains("<input type=\"hidden\" name=\"_csrf\" value=\"the-hosts-token\">");
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
    }

    private static org.springframework.security.core.Authentication signedIn(String name) {
        return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(name, null, java.util.List.of());
    }

    private static int status(Console console, org.springframework.security.core.Authentication who) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(who);
        return console.handle(new dev.roster.console.ConsoleRequest("GET", "/roster", "/users", java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), "127.0.0.1", null)).status();
    }

    /** Two instances given one form key accept each other's forms; without it each makes its own. */
    @Test
    void instancesSharingTheFormKeyPropertyIssueTheSameFormTokens() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String[] shared = {"roster.console.enabled=true", "roster.console.form-key=" + key};
        RosterStore store = new InMemoryRosterStore(); // one database behind both instances
        String first = formToken(runner.withBean("rosterStore", RosterStore.class, () -> store).withPropertyValues(shared));
        assertThat(formToken(runner.withBean("rosterStore", RosterStore.class, () -> store).withPropertyValues(shared))).isEqualTo(first);
        assertThat(formToken(runner.withBean("rosterStore", RosterStore.class, () -> store).withPropertyValues("roster.console.enabled=true")))
                .isNotEqualTo(first);
        runner.withBean(ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY).withPropertyValues("roster.console.enabled=true",
                "roster.console.form-key=not base64!").run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("roster.console.form-key"));
    }

    private static String formToken(WebApplicationContextRunner configured) {
        String[] token = new String[1];
        configured.withAllowBeanDefinitionOverriding(true).withBean(ConsoleAuthorizer.class, () -> request -> java.util.Optional.of(dev.roster.core.access.Actor.user(ACME, ADA)))
                .run(context -> {
                    dev.roster.core.Roster roster = context.getBean(dev.roster.core.Roster.class);
                    ADA = ADA != null ? ADA : roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(ACME, "Acme", "ada@acme.example",
                            dev.roster.core.user.ProfileFields.named("Ada", "L"), null, null)).id();
                    String page = new String(context.getBean(Console.class).handle(new dev.roster.console.ConsoleRequest("GET", "/roster", "/users",
                            java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), "127.0.0.1", null)).body(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
                    assertThat(csrf.find()).as(page).isTrue();
                    token[0] = csrf.group(1);
                });
        return token[0];
    }

    private static final dev.roster.spi.model.TenantId ACME = dev.roster.spi.model.TenantId.of("acme");
    private static dev.roster.spi.model.UserId ADA;

    /** A host account that is another one than the member's (case of a non-ASCII letter, fullwidth, padding) is not let in as her. */
    @Test
    void onlyTheMembersOwnNameLetsIn() {
        runner.withPropertyValues("roster.console.enabled=true", "roster.console.tenant=acme").run(context -> {
            dev.roster.core.Roster roster = context.getBean(dev.roster.core.Roster.class);
            var ada = roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(ACME, "Acme", "ada@acme.example",
                    dev.roster.core.user.ProfileFields.named("Ada", "L").withUsername("kate"), null, null));
            Console console = context.getBean(Console.class);
            try {
                for (String name : java.util.List.of("ada@acme.example", "Ada@Acme.Example", "kate", "KATE")) {
                    assertThat(status(console, signedIn(name))).as(name).isEqualTo(200);
                }
                for (String name : java.util.List.of("\uFF21DA@acme.example", "ada@\uFF41cme.example", " ada@acme.example\t", "\u212Aate", "kate ")) {
                    assertThat(status(console, signedIn(name))).as(name).isEqualTo(403);
                }
                assertThat(ada.profile().username()).isEqualTo("kate");
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
    }

    /** A path that would take over the application, or is not a path, stops the start naming the property; so do a short form key and two authorizers. */
    @Test
    void badConsoleSettingsStopTheStartNamingWhatToFix() {
        for (String path : java.util.List.of("/", "", "admin", "/a/../b", "/ro*", "/.hidden")) {
            runner.withBean(ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY).withPropertyValues("roster.console.enabled=true",
                    "roster.console.path=" + path).run(context -> assertThat(context).as(path).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("roster.console.path"));
        }
        runner.withBean(ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY).withPropertyValues("roster.console.enabled=true",
                "roster.console.form-key=" + java.util.Base64.getEncoder().encodeToString(new byte[16])).run(context -> assertThat(context)
                        .hasFailed().getFailure().rootCause().hasMessageContaining("roster.console.form-key"));
        runner.withBean("a", ConsoleAuthorizer.class, () -> ConsoleAuthorizer.NOBODY).withBean("b", ConsoleAuthorizer.class,
                () -> request -> java.util.Optional.empty()).withPropertyValues("roster.console.enabled=true").run(context -> assertThat(context)
                        .hasFailed().getFailure().rootCause().hasMessageContaining("several ConsoleAuthorizer beans"));
    }
}
