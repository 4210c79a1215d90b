package dev.roster.core.permission;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.AGENTS;
import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.ValidationException;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.User;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionResolutionTest {
    private final Fixture f = new Fixture();

    private Decision explain(User user, Permission p) {
        return f.roster.permissions().explain(f.adminActor, user.id(), p);
    }

    @Test
    void rolesGrantTheirDefaults() {
        User viewer = f.created("v@acme.example", "V", "V", VIEWER);
        assertThat(explain(viewer, EXPORT)).isEqualTo(new Decision(EXPORT, true, Layer.ROLE, "viewer"));
        assertThat(explain(viewer, CHAT)).isEqualTo(new Decision(CHAT, false, Layer.NONE, "no layer grants it"));
        assertThat(f.roster.permissions().effective(f.tenant, viewer.id()).toSet()).containsExactly(EXPORT);
    }

    @Test
    void tenantDefaultsOverrideRoleDefaultsAndUserOverridesOverrideTenantDefaults() {
        User member = f.created("m@acme.example", "M", "M", MEMBER);
        User other = f.created("o@acme.example", "O", "O", MEMBER);
        f.roster.tenants().setDefaults(f.adminActor, Map.of(EXPORT, Effect.DENY, AGENTS, Effect.GRANT));

        assertThat(explain(other, EXPORT)).isEqualTo(new Decision(EXPORT, false, Layer.TENANT_DEFAULT, "DENY"));
        assertThat(f.roster.permissions().check(f.tenant, other.id(), AGENTS)).isTrue();

        f.roster.users().setOverrides(f.adminActor, new SetOverridesCommand(member.id(), member.version(), Map.of(EXPORT, Effect.GRANT)));
        assertThat(explain(member, EXPORT)).isEqualTo(new Decision(EXPORT, true, Layer.USER_OVERRIDE, "GRANT"));
        assertThat(f.roster.permissions().check(f.tenant, member.id(), EXPORT)).isTrue();
    }

    @Test
    void aFixedRolePermissionBeatsEveryOtherLayer() {
        User admin2 = f.created("a@acme.example", "A", "A", ADMIN);
        f.roster.tenants().setDefaults(f.adminActor, Map.of(EXPORT, Effect.DENY));

        assertThat(explain(admin2, EXPORT)).isEqualTo(new Decision(EXPORT, true, Layer.ROLE_FIXED, "admin"));
        assertThat(explain(admin2, MANAGE).layer()).isEqualTo(Layer.ROLE_FIXED);
    }

    @Test
    void groupsGrantToTheirMembers() {
        User viewer = f.created("v@acme.example", "V", "V", VIEWER);
        Group analysts = f.roster.groups().create(f.adminActor, "Analysts", Set.of(CHAT, API));
        f.roster.users().setGroups(f.adminActor, new SetGroupsCommand(viewer.id(), viewer.version(), Set.of(analysts.id())));

        assertThat(explain(viewer, CHAT)).isEqualTo(new Decision(CHAT, true, Layer.GROUP, "Analysts"));
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), API)).isTrue();

        f.roster.groups().update(f.adminActor, analysts.id(), analysts.version(), "Analysts", Set.of(API));
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), CHAT)).isFalse();
        f.roster.groups().delete(f.adminActor, analysts.id());
        assertThat(f.roster.permissions().check(f.tenant, viewer.id(), API)).isFalse();
    }

    @Test
    void theAdminPermissionNeverComesFromATenantDefaultOrAGroupAndTheRefusalNamesTheField() {
        ValidationException byDefault = catchThrowableOfType(ValidationException.class,
                () -> f.roster.tenants().setDefaults(f.adminActor, Map.of(MANAGE, Effect.GRANT)));
        ValidationException byGroup = catchThrowableOfType(ValidationException.class,
                () -> f.roster.groups().create(f.adminActor, "Admins", Set.of(MANAGE)));
        assertThat(byDefault.violations()).extracting(ValidationException.Violation::path).containsExactly("defaults[users.manage]");
        assertThat(byGroup.violations()).extracting(ValidationException.Violation::path).containsExactly("permissions[users.manage]");
    }

    @Test
    void aCheckByIndexMatchesACheckByNameAndUnknownPermissionsAreDenied() {
        User member = f.created("m@acme.example", "M", "M", MEMBER);
        int chat = f.roster.permissions().indexOf(CHAT);
        assertThat(f.roster.permissions().check(f.tenant, member.id(), chat)).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, member.id(), Permission.of("not.in.catalog"))).isFalse();
        assertThat(f.roster.permissions().check(f.tenant, member.id(), -1)).isFalse();
        assertThat(f.roster.permissions().check(f.tenant, member.id(), 10_000)).isFalse();
    }

    @Test
    void theCacheFollowsRoleChanges() {
        User member = f.created("m@acme.example", "M", "M", MEMBER);
        assertThat(f.roster.permissions().check(f.tenant, member.id(), CHAT)).isTrue();

        f.roster.users().changeRoles(f.adminActor, new dev.roster.core.user.ChangeRolesCommand(member.id(), member.version(), Set.of(VIEWER)));

        assertThat(f.roster.permissions().check(f.tenant, member.id(), CHAT)).isFalse();
    }
}
