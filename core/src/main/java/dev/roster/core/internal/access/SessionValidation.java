package dev.roster.core.internal.access;

import dev.roster.core.access.OneTimeToken;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.TokenPurpose;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.session.Principal;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.session.StartedSession;
import dev.roster.spi.access.DeviceReader;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionCheck;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Starting and validating sessions. A known session is answered from {@link SessionCache}: with a
 * store whose change feed reaches every instance before a commit returns, by the token alone, with
 * no store read and no allocation; otherwise after one read of the session with its user's version
 * and its tenant's access stamp, the cached permissions being used only while both still match.
 */
public final class SessionValidation implements ChangeListener, AutoCloseable {
    /** 32 random bytes in unpadded Base64url. */
    private static final int TOKEN_LENGTH = 43;

    private final RosterContext ctx;
    private final SessionSettings settings;
    private final SessionCache cache;
    private final boolean immediate;
    private final long idleMillis;
    private final long lifetimeMillis;
    private final long touchMillis;
    private final LongSupplier millis;

    /** @param systemClock whether Roster runs on the system clock (then a coarse reading of it serves validation) */
    public SessionValidation(RosterContext ctx, SessionSettings settings, int cacheSize, boolean systemClock) {
        this.ctx = ctx;
        this.millis = CoarseClock.of(ctx.clock(), systemClock);
        this.settings = settings;
        this.cache = new SessionCache(cacheSize);
        this.immediate = ctx.coherence().immediate();
        this.idleMillis = settings.idleTimeout().toMillis();
        this.lifetimeMillis = settings.absoluteLifetime().toMillis();
        this.touchMillis = settings.touchInterval().toMillis();
        ctx.coherence().alsoTell(this);
    }

    /**
     * Starts a session for {@code user} in the unit {@code tx}, making room by the policy.
     *
     * @return the session, or null when the user holds the most allowed and the policy refuses more
     */
    public StartedSession startIn(StoreTransaction tx, User user, SignInContext context, Instant now) {
        SessionStore sessions = SessionStore.CAPABILITY.in(tx);
        if (settings.maxPerUser() > 0) {
            List<Session> live = sessions.ofUser(user.tenantId(), user.id()).stream().filter(s -> live(s, now.toEpochMilli())).toList();
            int over = live.size() - settings.maxPerUser() + 1;
            if (over > 0 && settings.whenFull() == SessionSettings.WhenFull.REFUSE) {
                return null;
            }
            for (Session oldest : live.subList(0, Math.max(0, over))) {
                sessions.delete(oldest.tenantId(), oldest.id());
                ctx.coherence().userChanged(tx, user.tenantId(), user.id());
            }
        }
        OneTimeToken token = ctx.tokens().issue(TokenPurpose.SESSION, user.tenantId());
        String userAgent = SignIn.userAgent(context);
        DeviceReader.Device device = userAgent == null ? DeviceReader.Device.UNKNOWN : settings.devices().read(userAgent);
        Session session = new Session(ctx.ids().next(), user.tenantId(), user.id(), token.hash(), name(device.browser()), name(device.os()),
                SignIn.ip(context), now, now);
        sessions.create(session);
        return new StartedSession(token.reveal(), session);
    }

    /** A device name as every store keeps it, or null. */
    private static String name(String value) {
        if (value == null) {
            return null;
        }
        String line = TextRules.cut(TextRules.normalize(TextRules.oneLine(value), TextKind.LINE), Limits.DEVICE_NAME);
        return line.isBlank() || TextRules.problem(line, TextKind.LINE, Limits.DEVICE_NAME) != null ? null : line;
    }

    public Optional<Principal> validate(TenantId tenant, String token) {
        if (tenant == null || token == null) {
            return Optional.empty();
        }
        long now = millis.getAsLong();
        if (immediate) {
            SessionCache.Entry entry = cache.get(token); // only plausible tokens are ever cached
            if (entry != null && (entry.tenantId == tenant || entry.tenantId.equals(tenant))) {
                if (now < entry.quietUntil) {
                    return entry.answer;
                }
                if (now - entry.startedAtMillis < lifetimeMillis && now - entry.lastActiveMillis < idleMillis) {
                    return touch(entry, now) ? entry.answer : Optional.empty();
                }
            }
        }
        return plausible(token) ? load(tenant, token, now) : Optional.empty();
    }

    /** The live session of a token, read from the store. */
    public Optional<Session> find(TenantId tenant, String token) {
        if (tenant == null || !plausible(token)) {
            return Optional.empty();
        }
        String hash = ctx.tokens().hash(TokenPurpose.SESSION, tenant, token);
        long now = millis.getAsLong();
        return ctx.store().read(tx -> SessionStore.CAPABILITY.in(tx).check(hash)).map(SessionCheck::session)
                .filter(s -> s.tenantId().equals(tenant) && live(s, now));
    }

    /** Forgets one ended session here at once (other instances hear of it through the feed). */
    public void forget(UUID session) {
        cache.ended(session);
    }

    /** Reads the session and its stamps; reuses what is cached when they match, else resolves the permissions afresh. */
    private Optional<Principal> load(TenantId tenant, String token, long now) {
        String hash = ctx.tokens().hash(TokenPurpose.SESSION, tenant, token);
        String key = immediate ? token : hash;
        SessionCache.Entry fresh = ctx.store().read(tx -> {
            SessionCheck check = SessionStore.CAPABILITY.in(tx).check(hash).orElse(null);
            if (check == null || !check.session().tenantId().equals(tenant)) {
                return null;
            }
            Session session = check.session();
            SessionCache.Entry cached = cache.raw(key);
            if (cached != null && cached.session.equals(session.id()) && cached.userVersion == check.userVersion()
                    && cached.accessStamp == check.accessStamp() && !cached.ended) {
                cached.activeAt(session.lastActiveAt().toEpochMilli());
                return cached;
            }
            SessionCache.Marks marks = cache.marks(tenant, session.userId()); // before the read it guards
            Tenant t = tx.tenants().find(tenant).orElse(null);
            User user = t == null ? null : tx.users().find(tenant, session.userId()).orElse(null);
            if (user == null || user.status() != UserStatus.ACTIVE) {
                return null; // ended with the suspension or deletion; this only guards a store changed behind Roster's back
            }
            PermissionSet permissions = ctx.resolver().resolve(user, t, Authorizer.groupsOf(tx, t));
            return new SessionCache.Entry(new Principal(tenant, user.id(), session.id(), permissions), session.startedAt().toEpochMilli(),
                    session.lastActiveAt().toEpochMilli(), check.userVersion(), check.accessStamp(), marks, lifetimeMillis, touchMillis);
        });
        if (fresh == null) {
            return Optional.empty();
        }
        if (now - fresh.startedAtMillis >= lifetimeMillis || now - fresh.lastActiveMillis >= idleMillis) {
            cache.ended(fresh.session);
            return Optional.empty(); // expired: pruneExpired deletes it; nothing is written on the request's path
        }
        cache.put(key, fresh);
        if (now - fresh.lastActiveMillis >= touchMillis && !touch(fresh, now)) {
            return Optional.empty();
        }
        return fresh.answer;
    }

    /** Records the session's use, about once per touch interval; false when it ended meanwhile. */
    private boolean touch(SessionCache.Entry entry, long now) {
        entry.activeAt(now); // others validating meanwhile do not write again
        Principal principal = entry.principal();
        boolean exists = ctx.store().inTransaction(tx -> SessionStore.CAPABILITY.in(tx).touch(principal.tenant(), entry.session,
                Instant.ofEpochMilli(now)));
        if (!exists) {
            cache.ended(entry.session);
        }
        return exists;
    }

    private boolean live(Session session, long now) {
        return now - session.startedAt().toEpochMilli() < lifetimeMillis && now - session.lastActiveAt().toEpochMilli() < idleMillis;
    }

    /** Whether the text could be a session token at all: anything else is refused before any work. */
    private static boolean plausible(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void changed(Change change) {
        change.userId().ifPresentOrElse(cache::userChanged, () -> cache.tenantChanged(change.tenant()));
    }

    @Override
    public void missed() {
        cache.clear();
    }

    /** Stops the coarse clock's thread, if there is one. */
    @Override
    public void close() {
        if (millis instanceof CoarseClock coarse) {
            coarse.close();
        }
    }
}
