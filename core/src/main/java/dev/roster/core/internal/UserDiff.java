package dev.roster.core.internal;

import dev.roster.spi.model.Profile;
import dev.roster.spi.model.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** The audit details of a user change: each changed field as "old -> new". Users hold no secrets. */
public final class UserDiff {
    private UserDiff() {
    }

    public static Map<String, String> between(User before, User after) {
        Map<String, String> changes = new LinkedHashMap<>();
        field(changes, "email", before, after, User::email);
        profileField(changes, "firstName", before, after, Profile::firstName);
        profileField(changes, "lastName", before, after, Profile::lastName);
        profileField(changes, "displayName", before, after, Profile::displayName);
        profileField(changes, "username", before, after, Profile::username);
        profileField(changes, "phone", before, after, Profile::phone);
        profileField(changes, "timezone", before, after, Profile::timezone);
        profileField(changes, "externalId", before, after, Profile::externalId);
        profileField(changes, "dateOfBirth", before, after, Profile::dateOfBirth);
        field(changes, "roles", before, after, u -> new java.util.TreeSet<>(u.roles()));
        field(changes, "overrides", before, after, u -> new TreeMap<>(u.overrides()));
        field(changes, "groups", before, after, u -> new java.util.TreeSet<>(u.groups()));
        field(changes, "attributes", before, after, u -> new TreeMap<>(u.attributes()));
        field(changes, "status", before, after, User::status);
        field(changes, "admin", before, after, User::admin);
        return changes;
    }

    private static void profileField(Map<String, String> out, String name, User before, User after, Function<Profile, Object> get) {
        field(out, name, before, after, u -> get.apply(u.profile()));
    }

    private static void field(Map<String, String> out, String name, User before, User after, Function<User, Object> get) {
        Object a = get.apply(before);
        Object b = get.apply(after);
        if (!Objects.equals(a, b)) {
            out.put(name, a + " -> " + b);
        }
    }
}
