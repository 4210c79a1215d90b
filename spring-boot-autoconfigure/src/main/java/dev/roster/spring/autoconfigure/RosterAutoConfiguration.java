package dev.roster.spring.autoconfigure;

import dev.roster.core.Roster;
import dev.roster.core.RosterBuilder;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.policy.Policy;
import dev.roster.core.presets.Presets;
import dev.roster.core.session.SessionSettings;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.store.RosterStore;
import dev.roster.core.observe.RosterObserver;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Roster from the application's store (the JDBC store on its DataSource, see
 * {@link RosterJdbcAutoConfiguration}, or its own {@link RosterStore} bean) and its properties. Every
 * bean backs off when the application defines its own: {@link Policy} (else {@code roster.preset}),
 * {@link Roster} itself; and the application's {@link MailSettings}, {@link LifecycleHooks},
 * {@link PasswordSettings}, {@link SessionSettings} and {@link Clock} beans are used when present.
 * Without a store, nothing is configured.
 */
@AutoConfiguration(after = {RosterJdbcAutoConfiguration.class, RosterMailAutoConfiguration.class})
@EnableConfigurationProperties(RosterProperties.class)
public class RosterAutoConfiguration {
    private static final boolean JOINS_SPRING_TRANSACTIONS = ClassUtils.isPresent(
            "org.springframework.transaction.support.TransactionSynchronizationManager", RosterAutoConfiguration.class.getClassLoader());

    /**
     * The policy named by {@code roster.preset}.
     *
     * @param properties Roster's properties
     * @return the preset's policy
     */
    @Bean
    @ConditionalOnMissingBean
    public Policy rosterPolicy(RosterProperties properties) {
        return Presets.named(properties.preset());
    }

    /**
     * Roster, closed with the context (which stops its outbox worker and its change-feed listener).
     *
     * @param store the store
     * @param policy the policy
     * @param properties Roster's properties
     * @param mail the application's mail settings, if any (without them Roster sends no mail)
     * @param hooks the application's lifecycle hooks, if any
     * @param passwords the application's password settings, if any
     * @param sessions the application's session settings, if any
     * @param clock the application's clock, if it has exactly one
     * @param observers who hears what Roster did: Roster's Micrometer counters and the application's own observers
     * @param joined whether Roster's JDBC store joined the application's transaction, when it is Roster's own store
     * @return Roster
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(RosterStore.class)
    public Roster roster(RosterStore store, Policy policy, RosterProperties properties, ObjectProvider<MailSettings> mail,
            ObjectProvider<LifecycleHooks> hooks, ObjectProvider<PasswordSettings> passwords, ObjectProvider<SessionSettings> sessions,
            ObjectProvider<Clock> clock, ObjectProvider<RosterObserver> observers, ObjectProvider<JoinedTransaction> joined) {
        RosterBuilder builder = Roster.builder().store(store).policy(policy);
        MailSettings mailSettings = mail.getIfAvailable(); // several without a primary: fails, rather than run without mail
        if (mailSettings == null) {
            builder.withoutMail();
        } else {
            builder.mail(mailSettings);
        }
        if (properties.invitationLink() != null) {
            builder.invitationLink(properties.invitationLink());
        }
        if (properties.passwordResetLink() != null) {
            builder.passwordResetLink(properties.passwordResetLink());
        }
        hooks.ifAvailable(builder::hooks);
        passwords.ifAvailable(builder::passwords);
        sessions.ifAvailable(builder::sessions);
        clock.ifUnique(builder::clock);
        List<RosterObserver> heard = observers.orderedStream().toList();
        if (!heard.isEmpty()) {
            builder.observer(heard.size() == 1 ? heard.get(0) : new Observers(heard));
        }
        if (JOINS_SPRING_TRANSACTIONS) {
            builder.afterHostCommit(new SpringAfterCommit(joined.getIfAvailable()));
        }
        return builder.build();
    }

    /**
     * The outbox worker, started and stopped with the context, when Roster sends mail and
     * {@code roster.mail.worker.enabled} is not false.
     *
     * @param roster Roster
     * @return the worker's lifecycle
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({Roster.class, MailSettings.class})
    @ConditionalOnProperty(prefix = "roster.mail.worker", name = "enabled", matchIfMissing = true)
    public RosterOutboxWorker rosterOutboxWorker(Roster roster) {
        return new RosterOutboxWorker(roster);
    }
}
