package dev.roster.adapters.inmemory;

import dev.roster.adapters.inmemory.InMemoryData.Key;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoredValues;
import dev.roster.spi.store.UserStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Users, with unique email and username indexes over the users that are not deleted. */
final class InMemoryUserStore implements UserStore {
    private final InMemoryData data;

    InMemoryUserStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return Optional.ofNullable(data.users.get(id)).filter(u -> u.tenantId().equals(tenant));
    }

    @Override
    public Optional<User> findByEmail(TenantId tenant, String canonicalEmail) {
        return Optional.ofNullable(data.userByEmail.get(new Key(tenant, canonicalEmail))).map(data.users::get);
    }

    @Override
    public List<User> findByEmails(TenantId tenant, Collection<String> canonicalEmails) {
        return canonicalEmails.stream().distinct().map(e -> findByEmail(tenant, e)).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<User> findByExternalId(TenantId tenant, String externalId) {
        return Optional.ofNullable(data.userByExternalId.get(new Key(tenant, externalId))).map(data.users::get);
    }

    @Override
    public List<User> findReplacedBy(TenantId tenant, UserId replacement) {
        String prefix = EmailAddress.releasedKeyPrefix(replacement);
        return data.users.values().stream().filter(u -> u.tenantId().equals(tenant) && u.email().canonical().startsWith(prefix)).toList();
    }

    @Override
    public Optional<User> findByReferralCode(TenantId tenant, String code) {
        // Codes are random, so two users sharing one is unlikely but not impossible: the oldest keeps it.
        return data.users.values().stream().filter(u -> u.tenantId().equals(tenant) && u.status() != dev.roster.spi.model.UserStatus.DELETED
                && code != null && code.equals(u.registration().referralCode()))
                .min(java.util.Comparator.comparing(User::createdAt).thenComparing(User::id));
    }

    @Override
    public Optional<User> findByUsername(TenantId tenant, String usernameKey) {
        return Optional.ofNullable(data.userByUsername.get(new Key(tenant, usernameKey))).map(data.users::get);
    }

    @Override
    public void insert(User user) {
        StoredValues.check(user);
        if (data.users.containsKey(user.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "user " + user.id() + " already exists");
        }
        checkUnique(user);
        data.users.put(user.id(), user);
        index(user);
    }

    @Override
    public User update(User user) {
        StoredValues.check(user);
        User stored = data.users.get(user.id());
        if (stored == null || !stored.tenantId().equals(user.tenantId()) || stored.version() != user.version()) {
            throw new StaleVersionException("user", user.id(), user.version());
        }
        checkUnique(user);
        unindex(stored);
        // A sign-in stamps the last login without a new version: an edit loaded before it keeps the stamp.
        User next = (stored.lastLoginAt() == null ? user : user.toBuilder().lastLoginAt(stored.lastLoginAt()).build())
                .withVersion(user.version() + 1);
        data.users.put(next.id(), next);
        index(next);
        return next;
    }

    @Override
    public boolean delete(TenantId tenant, UserId id) {
        Optional<User> stored = find(tenant, id);
        stored.ifPresent(user -> {
            unindex(user);
            data.users.remove(id);
            data.credentials.remove(new InMemoryData.Key(tenant, id.toString())); // as the JDBC store's foreign keys do
            data.signIns.remove(new InMemoryData.Key(tenant, id.toString()));
            data.resets.remove(new InMemoryData.Key(tenant, id.toString()));
            InMemorySessionStore.removeOfUser(data, tenant, id, null);
        });
        return stored.isPresent();
    }

    @Override
    public long countActiveAdmins(TenantId tenant) {
        return data.users.values().stream()
                .filter(u -> u.tenantId().equals(tenant) && u.status() == UserStatus.ACTIVE && u.admin())
                .count();
    }

    @Override
    public List<User> findPurgeable(TenantId tenant, Instant now, int limit) {
        return data.users.values().stream()
                .filter(u -> u.tenantId().equals(tenant) && u.status() == UserStatus.DELETED && !u.deletion().purgeAfter().isAfter(now))
                .sorted(Comparator.comparing((User u) -> u.deletion().purgeAfter()).thenComparing(User::id))
                .limit(limit)
                .toList();
    }

    private void checkUnique(User user) {
        if (user.status() == UserStatus.DELETED) {
            return;
        }
        UserId byEmail = data.userByEmail.get(new Key(user.tenantId(), user.email().canonical()));
        if (byEmail != null && !byEmail.equals(user.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_EMAIL, "email " + user.email() + " is taken in tenant " + user.tenantId());
        }
        String username = user.profile().usernameKey();
        UserId byUsername = username == null ? null : data.userByUsername.get(new Key(user.tenantId(), username));
        if (byUsername != null && !Objects.equals(byUsername, user.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_USERNAME,
                    "username " + user.profile().username() + " is taken in tenant " + user.tenantId());
        }
        String externalId = user.profile().externalId();
        UserId byExternalId = externalId == null ? null : data.userByExternalId.get(new Key(user.tenantId(), externalId));
        if (byExternalId != null && !byExternalId.equals(user.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_EXTERNAL_ID, "external ID " + externalId + " is taken in tenant "
                    + user.tenantId());
        }
    }

    private void index(User user) {
        if (user.status() == UserStatus.DELETED) {
            return;
        }
        data.userByEmail.put(new Key(user.tenantId(), user.email().canonical()), user.id());
        if (user.profile().usernameKey() != null) {
            data.userByUsername.put(new Key(user.tenantId(), user.profile().usernameKey()), user.id());
        }
        if (user.profile().externalId() != null) {
            data.userByExternalId.put(new Key(user.tenantId(), user.profile().externalId()), user.id());
        }
    }

    private void unindex(User user) {
        if (user.status() == UserStatus.DELETED) {
            return;
        }
        data.userByEmail.remove(new Key(user.tenantId(), user.email().canonical()));
        if (user.profile().externalId() != null) {
            data.userByExternalId.remove(new Key(user.tenantId(), user.profile().externalId()));
        }
        if (user.profile().usernameKey() != null) {
            data.userByUsername.remove(new Key(user.tenantId(), user.profile().usernameKey()));
        }
    }
}
