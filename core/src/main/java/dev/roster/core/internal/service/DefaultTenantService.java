package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.DefaultsChange;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.policy.Operation;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.tenant.TenantService;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The engine behind {@link TenantService}. */
public final class DefaultTenantService implements TenantService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final UserWriter writer;
    private final Authority authority;

    public DefaultTenantService(RosterContext ctx, Authorizer authorizer, UserWriter writer, Authority authority) {
        this.authority = authority;
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
        this.writer = writer;
    }

    /** Called by the host (no actor yet): creates the tenant and its first, active admin. */
    @Override
    public User bootstrap(TenantBootstrap command) {
        ctx.validator().check(command);
        if (command.seatLimit() != null && command.seatLimit() < 1) {
            throw ValidationException.of("seatLimit", "must be at least 1 (the first admin takes a seat)");
        }
        RoleId adminRole = command.adminRole() != null ? command.adminRole() : firstAdminRole();
        if (!ctx.policy().roles().containsKey(adminRole) || !ctx.policy().role(adminRole).permissions().contains(ctx.policy().adminPermission())) {
            throw ValidationException.of("adminRole", "'" + adminRole + "' is not a role that grants the admin permission");
        }
        EmailAddress email = EmailAddress.of(command.adminEmail());
        Instant now = ctx.clock().instant();
        return ctx.store().inTransaction(tx -> {
            Tenant tenant = new Tenant(command.tenantId(), command.name().strip(), Map.of(), command.seatLimit(), now, 0);
            try {
                tx.tenants().insert(tenant);
            } catch (DuplicateKeyException taken) {
                throw new ConflictException(ErrorCode.TENANT_EXISTS, "tenant '" + tenant.id() + "' already exists");
            }
            Acting acting = authorizer.authorize(tx, Actor.system(tenant.id()), Operation.MANAGE_TENANT, true);
            User admin = writer.insert(tx, acting, new User(UserId.of(ctx.ids().next()), tenant.id(), email,
                    UserRules.toProfile(command.adminProfile(), email), ctx.policy().adminUserType(), Set.of(adminRole), Map.of(),
                    Set.of(), UserStatus.ACTIVE, false, new RegistrationSource(null, null, ctx.tokens().referralCode()), Map.of(),
                    now, now, null, null, 0));
            ctx.audit().record(tx, tenant.id(), null, AuditActions.TENANT_CREATED, AuditActions.TARGET_TENANT, tenant.id(),
                    Map.of("name", tenant.name(), "admin", admin.id().toString()));
            return admin;
        });
    }

    @Override
    public Tenant get(Actor actor) {
        return ctx.store().read(tx -> authorizer.authorize(tx, actor, Operation.VIEW_USERS, false).tenant());
    }

    /**
     * Replaces the tenant-wide defaults ("global limits"): grants or denies every member gets unless
     * a role fixes the permission, an override or a group says otherwise. The admin permission is
     * never a default, so the last-admin guard can count admins per user.
     */
    @Override
    public Tenant setDefaults(Actor actor, Map<Permission, Effect> defaults) {
        if (defaults == null) {
            throw ValidationException.of("defaults", "must not be null");
        }
        for (Map.Entry<Permission, Effect> entry : defaults.entrySet()) {
            Permission p = entry.getKey();
            if (p == null || entry.getValue() == null) {
                throw ValidationException.of("defaults", "must hold neither a null permission nor a null effect");
            }
            if (!ctx.policy().permissions().contains(p)) {
                throw ValidationException.of("defaults[" + p + "]", "'" + p + "' is not in the permission catalog");
            }
            if (p.equals(ctx.policy().adminPermission())) {
                throw ValidationException.of("defaults[" + p + "]", "the admin permission cannot be a tenant default");
            }
        }
        return ops.runOnTenant(actor, Operation.MANAGE_TENANT, true, (tx, acting, now) -> {
            DefaultsChange change = new DefaultsChange(acting.tenant().defaults(), defaults);
            acting.requireHoldsAll(change.raised(), "these defaults");
            Set<RoleDefinition> lowered = change.rolesLowered(ctx.policy());
            authority.requireCoversHoldersOf(acting, lowered, "change these defaults");
            Tenant next = acting.tenant().withDefaults(defaults);
            if (!lowered.isEmpty()) {
                requireAnAdminCanStillManage(next, acting);
            }
            Tenant saved = tx.tenants().update(next);
            ops.record(tx, acting, AuditActions.TENANT_DEFAULTS_CHANGED, AuditActions.TARGET_TENANT, saved.id(),
                    Map.of("defaults", new java.util.TreeMap<>(defaults).toString()));
            return saved;
        });
    }

    /** Some admin role must keep the permission to change the defaults back, or the tenant is locked for good. */
    private void requireAnAdminCanStillManage(Tenant next, Acting acting) {
        Permission manage = ctx.policy().permissionFor(Operation.MANAGE_TENANT);
        boolean kept = ctx.policy().roles().values().stream()
                .filter(role -> role.permissions().contains(ctx.policy().adminPermission()))
                .anyMatch(role -> ctx.resolver().wouldHold(Set.of(role.id()), null, Map.of(), Set.of(), next, acting.groups()).contains(manage));
        if (!kept) {
            throw new ConflictException(ErrorCode.POLICY_FORBIDS, "these defaults would take '" + manage
                    + "' from every admin role, and nobody could change them back");
        }
    }

    /** Sets the seat limit (null for none). A limit below current use blocks new seats but removes nobody. */
    @Override
    public Tenant setSeatLimit(Actor actor, Integer seatLimit) {
        if (seatLimit != null && seatLimit < 1) {
            throw ValidationException.of("seatLimit", "must be at least 1, got " + seatLimit);
        }
        return ops.run(actor, Operation.MANAGE_TENANT, true, (tx, acting, now) -> {
            Tenant saved = tx.tenants().update(acting.tenant().withSeatLimit(seatLimit));
            ops.record(tx, acting, AuditActions.TENANT_SEAT_LIMIT_CHANGED, AuditActions.TARGET_TENANT, saved.id(),
                    Map.of("seatLimit", String.valueOf(seatLimit)));
            return saved;
        });
    }

    private RoleId firstAdminRole() {
        return ctx.policy().roles().values().stream()
                .filter(r -> r.permissions().contains(ctx.policy().adminPermission()))
                .map(RoleDefinition::id)
                .sorted()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("admin role", "in policy"));
    }
}
