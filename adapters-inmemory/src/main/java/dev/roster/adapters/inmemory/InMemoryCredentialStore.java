package dev.roster.adapters.inmemory;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoredValues;
import java.util.Optional;

/** Password hashes by tenant and user. */
final class InMemoryCredentialStore implements CredentialStore {
    private final InMemoryData data;

    InMemoryCredentialStore(InMemoryData data) {
        this.data = data;
    }

    private static InMemoryData.Key key(TenantId tenant, UserId user) {
        return new InMemoryData.Key(tenant, user.toString());
    }

    @Override
    public Optional<Credential> find(TenantId tenant, UserId user) {
        return Optional.ofNullable(data.credentials.get(key(tenant, user)));
    }

    @Override
    public void put(Credential credential) {
        StoredValues.check(credential);
        data.credentials.put(key(credential.tenantId(), credential.userId()), credential);
    }

    @Override
    public boolean replaceHash(TenantId tenant, UserId user, String expected, String replacement) {
        StoredValues.checkPasswordHash(replacement);
        Credential current = data.credentials.get(key(tenant, user));
        if (current == null || !current.passwordHash().equals(expected)) {
            return false;
        }
        data.credentials.put(key(tenant, user), new Credential(tenant, user, replacement, current.temporary(), current.expiresAt(),
                current.changedAt()));
        return true;
    }

    @Override
    public boolean delete(TenantId tenant, UserId user) {
        boolean had = data.credentials.containsKey(key(tenant, user));
        data.credentials.remove(key(tenant, user));
        return had;
    }

    @Override
    public void putReset(PasswordReset reset) {
        StoredValues.check(reset);
        if (data.users.get(reset.userId()) == null) {
            throw new IllegalArgumentException("no user " + reset.userId() + " in tenant " + reset.tenantId());
        }
        data.resets.put(key(reset.tenantId(), reset.userId()), reset);
    }

    @Override
    public Optional<PasswordReset> findReset(TenantId tenant, UserId user) {
        return Optional.ofNullable(data.resets.get(key(tenant, user)));
    }

    @Override
    public Optional<PasswordReset> takeReset(String tokenHash) {
        InMemoryData.Key found = tokenHash == null ? null : data.resets.keyWhere(r -> r.tokenHash().equals(tokenHash));
        if (found == null) {
            return Optional.empty();
        }
        PasswordReset reset = data.resets.get(found);
        data.resets.remove(found);
        return Optional.of(reset);
    }

    @Override
    public boolean dropReset(TenantId tenant, UserId user) {
        boolean had = data.resets.containsKey(key(tenant, user));
        data.resets.remove(key(tenant, user));
        return had;
    }
}
