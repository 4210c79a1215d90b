package dev.roster.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.console.Console;
import dev.roster.console.ConsoleAuthorizer;
import dev.roster.spi.store.RosterStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The console's servlet: off unless enabled, mounted where the properties say, and never without an authorizer. */
class RosterConsoleAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterJdbcAutoConfiguration.class, RosterAutoConfiguration.class,
                    RosterConsoleAutoConfiguration.class))
            .withBean(RosterStore.class, InMemoryRosterStore::new);

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
        runner.withPropertyValues("roster.console.enabled=true").run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("defines no ConsoleAuthorizer bean").hasMessageContaining("roster.console.enabled=false"));
    }
}
