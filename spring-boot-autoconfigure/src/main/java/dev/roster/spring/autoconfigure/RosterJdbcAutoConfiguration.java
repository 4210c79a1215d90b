package dev.roster.spring.autoconfigure;

import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.spi.store.RosterStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The JDBC store on the application's DataSource (the one named by {@code roster.jdbc.data-source} when
 * it has several), joining its Spring transactions. Backs off without Roster's JDBC adapter or Spring's
 * JDBC support on the class path, without a DataSource, or when the application defines its own
 * {@link RosterStore}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({JdbcRosterStore.class, DataSourceUtils.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(RosterProperties.class)
public class RosterJdbcAutoConfiguration {

    /** The connections of Roster's store: the application's transaction on its DataSource, joined, or Roster's own. */
    @Bean
    @ConditionalOnMissingBean(RosterStore.class)
    SpringTransactions rosterTransactions(BeanFactory beans, RosterProperties properties) {
        String name = properties.jdbc().dataSource();
        DataSource dataSource;
        try {
            dataSource = name == null || name.isBlank() ? beans.getBean(DataSource.class) : beans.getBean(name, DataSource.class);
        } catch (NoUniqueBeanDefinitionException e) {
            throw new IllegalStateException("the application has several DataSource beans and none is primary: set roster.jdbc.data-source "
                    + "to the name of the one Roster keeps its tables in", e);
        }
        return new SpringTransactions(dataSource);
    }

    /**
     * The store, its schema migrated, validated or left alone as {@code roster.jdbc.schema} says.
     *
     * @param transactions its connections
     * @param properties Roster's properties
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    RosterStore rosterStore(SpringTransactions transactions, RosterProperties properties) {
        return JdbcRosterStore.builder().dataSource(transactions.dataSource()).connections(transactions)
                .schema(SchemaMode.valueOf(properties.jdbc().schema().name())).build();
    }
}
