package dev.roster.benchmarks;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.permission.PermissionService;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;

/**
 * The same RBAC data three ways: a Roster tenant (users with one role each, roles granting one
 * permission each), a jCasbin enforcer with the equivalent p and g rules, and a plain HashMap
 * keyed by user. Each user comes with the permission its role grants, so every check says yes.
 * The enforcer is built only when asked for, so the other two run in a JVM without it.
 */
final class PermissionWorld {
    static final String CASBIN_RBAC = """
            [request_definition]
            r = sub, obj, act
            [policy_definition]
            p = sub, obj, act
            [role_definition]
            g = _, _
            [policy_effect]
            e = some(where (p.eft == allow))
            [matchers]
            m = g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act
            """;

    final TenantId tenant = TenantId.of("bench");
    final Roster roster;
    /** Held once, as a host holds it: the check's entry point, like {@link #hashMap} for the baseline. */
    final PermissionService checks;
    Enforcer enforcer;
    private final List<List<String>> pRules = new ArrayList<>();
    private final List<List<String>> gRules = new ArrayList<>();
    final Map<UserId, PermissionSet> hashMap = new HashMap<>();
    final java.util.concurrent.ConcurrentHashMap<UserId, PermissionSet> chm = new java.util.concurrent.ConcurrentHashMap<>();
    final UserId[] userIds;
    final String[] userNames;
    final String[] objects;
    final int[] permissionIndexes;
    final int rules;

    /**
     * @param users how many users (each gets role {@code i % roles})
     * @param roles how many roles (role r grants permission {@code r % permissions})
     */
    PermissionWorld(int users, int roles, int permissions, boolean withCasbin) {
        List<Permission> catalog = new ArrayList<>();
        for (int p = 0; p < permissions; p++) {
            catalog.add(Permission.of("obj" + p + ".read"));
        }
        Permission manage = Permission.of("users.manage");
        Policy.Builder policy = Policy.builder().adminPermission(manage).defaultRole(RoleId.of("r0"));
        Set<Permission> all = new HashSet<>(catalog);
        all.add(manage);
        policy.permissions(all).role(RoleDefinition.of("admin", "Admin", Set.of(manage)));
        for (int r = 0; r < roles; r++) {
            policy.role(RoleDefinition.of("r" + r, null, Set.of(catalog.get(r % permissions))));
            pRules.add(List.of("r" + r, "obj" + (r % permissions), "read"));
        }
        InMemoryRosterStore store = new InMemoryRosterStore();
        roster = Roster.builder().store(store).withoutMail().policy(policy.build()).build();
        checks = roster.permissions();

        userIds = new UserId[users];
        userNames = new String[users];
        objects = new String[users];
        permissionIndexes = new int[users];
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        java.util.Random random = new java.util.Random(42);
        store.inTransaction(tx -> {
            tx.tenants().insert(new Tenant(tenant, "bench", Map.of(), null, now, 0));
            for (int u = 0; u < users; u++) {
                int role = u % roles;
                // Random ids, as real ones are: ids whose halves cancel out would all share one hash code.
                UserId id = UserId.of(new UUID(random.nextLong(), random.nextLong()));
                tx.users().insert(new User(id, tenant, EmailAddress.of("u" + u + "@bench.example"),
                        new Profile(null, null, "u" + u, null, null, null, null, null), "member", Set.of(RoleId.of("r" + role)), Map.of(),
                        Set.of(), UserStatus.ACTIVE, false, RegistrationSource.NONE, Map.of(), now, now, null, null, 0));
                userIds[u] = id;
                userNames[u] = "u" + u;
                objects[u] = "obj" + (role % permissions);
                permissionIndexes[u] = roster.permissions().indexOf(catalog.get(role % permissions));
                gRules.add(List.of("u" + u, "r" + role));
            }
            return null;
        });
        for (UserId id : userIds) {
            hashMap.put(id, roster.permissions().effective(tenant, id)); // also warms Roster's cache
            chm.put(id, hashMap.get(id));
        }
        rules = pRules.size() + gRules.size();
        if (withCasbin) {
            Model model = new Model();
            model.loadModelFromText(CASBIN_RBAC);
            enforcer = new Enforcer(model);
            enforcer.enableLog(false);
            enforcer.addPolicies(pRules);
            enforcer.addGroupingPolicies(gRules);
        }
    }

    /** Fails fast if the three sides disagree, so a benchmark never measures a wrong answer. */
    void verify() {
        for (int i = 0; i < userIds.length; i += Math.max(1, userIds.length / 1000)) {
            boolean roster = this.roster.permissions().check(tenant, userIds[i], permissionIndexes[i]);
            boolean casbin = enforcer == null || enforcer.enforce(userNames[i], objects[i], "read");
            boolean map = hashMap.get(userIds[i]).contains(permissionIndexes[i]);
            if (!roster || !casbin || !map) {
                throw new IllegalStateException("user " + i + ": roster=" + roster + " casbin=" + casbin + " map=" + map);
            }
        }
    }
}
