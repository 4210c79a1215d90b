package dev.roster.spring.autoconfigure;

import dev.roster.console.Console;
import dev.roster.console.ConsoleAuthorizer;
import dev.roster.console.ConsoleServlet;
import dev.roster.core.Roster;
import dev.roster.spi.model.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The admin console as a servlet at {@code roster.console.path}, only when {@code roster.console.enabled=true}
 * in a servlet web application. Who a request acts as is the application's {@link ConsoleAuthorizer}
 * bean; with Spring Security and no such bean, the member of {@code roster.console.tenant} whose email or
 * username is the authenticated name, and the forms carry Spring Security's CSRF token. With neither, the
 * application does not start, rather than serve a console nobody can be let into or, worse, one everybody is.
 */
@AutoConfiguration(after = RosterAutoConfiguration.class)
@ConditionalOnClass({Console.class, ServletRegistrationBean.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "roster.console", name = "enabled", havingValue = "true")
@ConditionalOnBean(Roster.class)
public class RosterConsoleAutoConfiguration {
    static final String NO_AUTHORIZER = "roster.console.enabled=true, but the application defines no ConsoleAuthorizer bean and has no "
            + "Spring Security: the console would let nobody in. Add spring-boot-starter-security (the console then acts as the signed-in "
            + "member of roster.console.tenant), or define a dev.roster.console.ConsoleAuthorizer bean that maps a request to a Roster "
            + "actor from your own login, or set roster.console.enabled=false.";
    static final String NO_TENANT = "roster.console.enabled=true under Spring Security, but roster.console.tenant is not set: the console "
            + "lets in the signed-in member of that tenant. Set it to the tenant's id, or define a dev.roster.console.ConsoleAuthorizer bean.";
    private static final boolean SPRING_SECURITY = ClassUtils.isPresent("org.springframework.security.web.csrf.CsrfToken",
            RosterConsoleAutoConfiguration.class.getClassLoader());

    /**
     * The console, acting through Roster as the actor the application's authorizer names.
     *
     * @param roster Roster
     * @param authorizer the application's authorizer
     * @param properties Roster's properties
     * @return the console
     */
    @Bean
    @ConditionalOnMissingBean
    public Console rosterConsole(Roster roster, ObjectProvider<ConsoleAuthorizer> authorizer, RosterProperties properties) {
        if (authorizer.stream().count() > 1 && authorizer.getIfUnique() == null) {
            throw new IllegalStateException("the application defines several ConsoleAuthorizer beans: mark the console's @Primary");
        }
        ConsoleAuthorizer chosen = authorizer.getIfUnique();
        if (chosen == null) {
            throw new IllegalStateException(NO_AUTHORIZER);
        }
        Console.Builder console = Console.builder(roster).authorizer(chosen);
        if (SPRING_SECURITY) {
            console.hostFormField(SpringSecurityConsoleAccess::csrfField);
        }
        String formKey = properties.console().formKey();
        if (formKey != null && !formKey.isBlank()) {
            try {
                console.formKey(formKey(formKey));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("roster.console.form-key is too short: it needs at least 32 bytes, Base64-encoded");
            }
        }
        return console.build();
    }

    /** The default authorizer under Spring Security, unless the application defines its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.security.core.context.SecurityContextHolder",
        "org.springframework.security.web.csrf.CsrfToken"})
    static class SpringSecurity {
        @Bean
        @ConditionalOnMissingBean
        ConsoleAuthorizer rosterConsoleAuthorizer(Roster roster, RosterProperties properties) {
            String tenant = properties.console().tenant();
            if (tenant == null || tenant.isBlank()) {
                throw new IllegalStateException(NO_TENANT);
            }
            return new SpringSecurityConsoleAccess(roster, TenantId.of(tenant.strip()));
        }
    }

    /** The path without its trailing slash; refused unless it is one or more plain segments, so it never takes over the application. */
    static String consolePath(String given) {
        String path = given == null ? "" : given.replaceAll("/+$", "");
        if (!path.matches("(/[A-Za-z0-9._~-]+)+") || path.contains("/.")) {
            throw new IllegalStateException("roster.console.path must be one or more plain segments such as /roster or /admin/people (letters, "
                    + "digits, '.', '_', '~', '-'; no segment starting with '.'), not '" + given + "'");
        }
        return path;
    }

    private static byte[] formKey(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("roster.console.form-key is not Base64 (it needs at least 32 bytes of it)");
        }
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
        String path = consolePath(properties.console().path());
        ServletRegistrationBean<ConsoleServlet> registration = new ServletRegistrationBean<>(new ConsoleServlet(console), path + "/*");
        registration.setName("rosterConsole");
        return registration;
    }
}
