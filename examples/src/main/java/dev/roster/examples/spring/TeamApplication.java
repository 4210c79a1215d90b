package dev.roster.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal Spring Boot host: Roster comes from roster-spring-boot-starter and its {@code application.properties}
 * (the store on the application's DataSource, in its transactions; the console at /roster under its
 * Spring Security). Run it with {@code mvn -B -q -pl examples exec:java@spring-boot}, then open
 * http://localhost:8080/roster and sign in with the address and password it prints.
 */
@SpringBootApplication
public class TeamApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(TeamApplication.class, args);
    }
}
