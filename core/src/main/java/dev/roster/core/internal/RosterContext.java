package dev.roster.core.internal;

import dev.roster.core.internal.mail.MailQueue;
import dev.roster.core.permission.PermissionCache;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.policy.Policy;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.store.RosterStore;
import java.time.Clock;

/** What every service needs, wired once by the builder. Internal: not part of the API. */
public record RosterContext(
        RosterStore store,
        Clock clock,
        Policy policy,
        PermissionResolver resolver,
        PermissionCache permissionCache,
        CacheCoherence coherence,
        CommandValidator validator,
        IdGenerator ids,
        Tokens tokens,
        AuditLog audit,
        LifecycleHooks hooks,
        MailQueue mail,
        Events events) {
}
