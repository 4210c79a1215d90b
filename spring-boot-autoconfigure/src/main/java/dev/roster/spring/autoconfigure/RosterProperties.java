package dev.roster.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roster's settings under {@code roster.*}.
 *
 * @param preset the policy, by a preset's name (TwoRoleWorkspace, FlaggedPlatform, TypedUsers,
 *     ExpiringInvitationsOrganization, SeatCountedTeam) when the application defines no {@code Policy} bean
 * @param invitationLink the address an invitation's link leads to, with {@code {token}} (and optionally
 *     {@code {tenant}}) in it; needed when Roster sends mail
 * @param passwordResetLink the address a password reset's link leads to, with {@code {token}} in it
 * @param jdbc the JDBC store
 * @param console the admin console
 */
@ConfigurationProperties("roster")
public record RosterProperties(
        @DefaultValue("TwoRoleWorkspace") String preset,
        String invitationLink,
        String passwordResetLink,
        @DefaultValue Jdbc jdbc,
        @DefaultValue Console console) {

    /**
     * The JDBC store.
     *
     * @param schema MIGRATE (Roster applies its migrations, by its own history table), VALIDATE (the
     *     schema must be current; the application's Flyway applies Roster's migrations) or NONE
     * @param dataSource the name of the DataSource bean to use when the application has several
     */
    public record Jdbc(@DefaultValue("MIGRATE") Schema schema, String dataSource) {
    }

    /** What Roster does with its schema at start. */
    public enum Schema {
        /** Applies Roster's migrations, recorded in its own history table. */
        MIGRATE,
        /** Checks that the schema is current and refuses to start otherwise. */
        VALIDATE,
        /** Leaves the schema alone. */
        NONE
    }

    /**
     * The admin console, served by a servlet under the application's own security.
     *
     * @param enabled whether to register it (off unless set)
     * @param path where it is mounted
     */
    public record Console(@DefaultValue("false") boolean enabled, @DefaultValue("/roster") String path) {
    }
}
