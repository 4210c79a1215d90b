package dev.roster.examples.spring;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's own login, which Roster's console sits behind: every page needs a signed-in user,
 * and the console lets in the one whose name is an active member of the tenant in {@code roster.console.tenant}.
 * The application keeps its own accounts (here one, in memory); Roster keeps who they are in the team.
 */
@Configuration(proxyBeanMethods = false)
public class TeamSecurity {

    /**
     * Every request signed in, by Spring Security's own login form; CSRF protection stays on.
     *
     * @param http Spring Security's builder
     * @return the filter chain
     * @throws Exception as Spring Security's builder may
     */
    @Bean
    SecurityFilterChain teamSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
    }

    /**
     * The founder's account. The password is {@code team.founder-password}, or made at random and
     * printed once at start, as Spring Boot does with its own generated password.
     *
     * @param founder the founder's address, also the tenant's first admin in Roster
     * @param password the password, or empty
     * @return the accounts
     */
    @Bean
    UserDetailsService teamAccounts(@Value("${team.founder}") String founder, @Value("${team.founder-password:}") String password) {
        String chosen = password;
        if (chosen.isEmpty()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            System.out.println("Sign in at /roster as " + founder + " with the generated password " + chosen);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(User.withUsername(founder).password(encoder.encode(chosen)).roles("ADMIN").build());
    }
}
