package dev.roster.spring.autoconfigure;

import dev.roster.core.Roster;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Roster under Actuator: a health indicator (the outbox's backlog and lag) where Spring Boot's health
 * support is, and Micrometer counters and gauges where Micrometer is. Each backs off for a bean of the
 * application's of the same type; {@code management.health.roster.enabled=false} turns the indicator off.
 */
@AutoConfiguration(after = RosterAutoConfiguration.class)
public class RosterActuatorAutoConfiguration {

    /** The health indicator, named "roster". */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnBean(Roster.class)
    @ConditionalOnEnabledHealthIndicator("roster")
    static class Health {
        @Bean(name = "rosterHealthIndicator")
        @ConditionalOnMissingBean(RosterHealthIndicator.class)
        RosterHealthIndicator rosterHealthIndicator(Roster roster, RosterProperties properties) {
            return new RosterHealthIndicator(roster, properties.mail().maxLag());
        }
    }

    /** The counters (heard as Roster's observer) and the outbox's gauges. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        RosterMetrics rosterMetrics() {
            return new RosterMetrics();
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(Roster.class)
        RosterOutboxMeters rosterOutboxMeters(Roster roster) {
            return new RosterOutboxMeters(roster);
        }
    }
}
