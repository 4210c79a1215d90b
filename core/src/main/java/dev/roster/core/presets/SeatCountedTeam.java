package dev.roster.core.presets;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.SeatRule;
import dev.roster.core.policy.UserTypeDefinition;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserStatus;
import java.time.Duration;
import java.util.Set;

/**
 * A team on a paid plan: active users and open invitations take seats, public users (made by the
 * host for embedded dashboards and shared links) take none. Invitations never expire and go out up
 * to 50 at once, with API-access and data-export flags; export can be switched off for explorers
 * and viewers only. A deleted user keeps its resources and can be restored for a year without a new
 * invitation. Groups grant permissions to their members.
 */
public final class SeatCountedTeam {
    /** Manage users, groups and settings. Makes a user an admin. */
    public static final Permission ADMINISTER = Permission.of("team.admin");
    /** Build datasets and models. */
    public static final Permission MODEL = Permission.of("data.model");
    /** Explore datasets. */
    public static final Permission EXPLORE = Permission.of("data.explore");
    /** View dashboards. */
    public static final Permission VIEW = Permission.of("dashboards.view");
    /** Export data as CSV or Excel. */
    public static final Permission EXPORT_DATA = Permission.of("data.export");
    /** Use the API. */
    public static final Permission API_ACCESS = Permission.of("api.access");
    /** The admin role. */
    public static final RoleId ADMIN = RoleId.of("admin");
    /** Analysts model and explore, and always export. */
    public static final RoleId ANALYST = RoleId.of("analyst");
    /** Explorers explore. */
    public static final RoleId EXPLORER = RoleId.of("explorer");
    /** Viewers view; the role given when none is named. */
    public static final RoleId VIEWER = RoleId.of("viewer");
    /** The user type of people. */
    public static final String MEMBER_TYPE = "member";
    /** The user type of public users: they view dashboards only, never sign in and never take a seat. */
    public static final String PUBLIC_TYPE = "public";
    /** How many addresses one invitation may hold. */
    public static final int MAX_BATCH = 50;
    /** How long a deleted user stays restorable. */
    public static final Duration RETENTION = Duration.ofDays(365);

    private SeatCountedTeam() {
    }

    /** {@return the policy} */
    public static Policy policy() {
        Set<Permission> all = Set.of(ADMINISTER, MODEL, EXPLORE, VIEW, EXPORT_DATA, API_ACCESS);
        return Policy.builder()
                .permissions(all).adminPermission(ADMINISTER)
                .role(RoleDefinition.of(ADMIN.value(), "Admin", all).withFixed(Set.of(EXPORT_DATA)))
                .role(RoleDefinition.of(ANALYST.value(), "Analyst", Set.of(MODEL, EXPLORE, VIEW, EXPORT_DATA))
                        .withFixed(Set.of(EXPORT_DATA)).withOverridable(Set.of(API_ACCESS)))
                .role(RoleDefinition.of(EXPLORER.value(), "Explorer", Set.of(EXPLORE, VIEW, EXPORT_DATA))
                        .withOverridable(Set.of(EXPORT_DATA, API_ACCESS)))
                .role(RoleDefinition.of(VIEWER.value(), "Viewer", Set.of(VIEW, EXPORT_DATA)).withOverridable(Set.of(EXPORT_DATA, API_ACCESS)))
                .defaultRole(VIEWER)
                .userTypes(Set.of(MEMBER_TYPE), MEMBER_TYPE)
                .userType(UserTypeDefinition.publicUsers(PUBLIC_TYPE, "Public", Set.of(VIEW)))
                .seatRule(new SeatRule(Set.of(UserStatus.ACTIVE), true, Set.of()))
                .invitationExpiry(null).maxBatchInvites(MAX_BATCH)
                .deletion(DeletionMode.SOFT, RETENTION)
                .build();
    }
}
