package dev.roster.spring.autoconfigure;

import dev.roster.console.Console;
import dev.roster.console.ConsoleAuthorizer;
import dev.roster.console.ConsoleServlet;
import dev.roster.core.Roster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The admin console as a servlet at {@code roster.console.path}, only when {@code roster.console.enabled=true}
 * in a servlet web application. Who a request acts as is the application's {@link ConsoleAuthorizer}
 * bean: without one the application does not start, rather than serve a console nobody can be let into
 * or, worse, one everybody is.
 */
@AutoConfiguration(after = RosterAutoConfiguration.class)
@ConditionalOnClass({Console.class, ServletRegistrationBean.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "roster.console", name = "enabled", havingValue = "true")
@ConditionalOnBean(Roster.class)
public class RosterConsoleAutoConfiguration {
    static final String NO_AUTHORIZER = "roster.console.enabled=true, but the application defines no ConsoleAuthorizer bean: the console "
            + "would let nobody in. Define a dev.roster.console.ConsoleAuthorizer bean that maps a request to a Roster actor from your "
            + "own login (for example the authenticated user's name looked up with roster.users().findByEmail), or set "
            + "roster.console.enabled=false.";

    /**
     * The console, acting through Roster as the actor the application's authorizer names.
     *
     * @param roster Roster
     * @param authorizer the application's authorizer
     * @return the console
     */
    @Bean
    @ConditionalOnMissingBean
    public Console rosterConsole(Roster roster, ObjectProvider<ConsoleAuthorizer> authorizer) {
        ConsoleAuthorizer chosen = authorizer.getIfUnique();
        if (chosen == null) {
            throw new IllegalStateException(NO_AUTHORIZER);
        }
        return Console.builder(roster).authorizer(chosen).build();
    }

    /**
     * The servlet, mapped under {@code roster.console.path}.
     *
     * @param console the console
     * @param properties Roster's properties
     * @return its registration
     */
    @Bean
    @ConditionalOnMissingBean(name = "rosterConsoleServlet")
    public ServletRegistrationBean<ConsoleServlet> rosterConsoleServlet(Console console, RosterProperties properties) {
        String path = properties.console().path().replaceAll("/+$", "");
        ServletRegistrationBean<ConsoleServlet> registration = new ServletRegistrationBean<>(new ConsoleServlet(console), path + "/*");
        registration.setName("rosterConsole");
        return registration;
    }
}
