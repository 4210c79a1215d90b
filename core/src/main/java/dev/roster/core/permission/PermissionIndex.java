package dev.roster.core.permission;

import dev.roster.spi.model.UserId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Predicate;

/**
 * A map from user to cached permission set, built for the check path: one open-addressing array
 * holding each key next to its value, read without locks, so a lookup touches the array slot
 * and the set, not the table, node, key and value a {@code HashMap} walks through.
 *
 * <p>Writers are serialized and publish a value before its key (release). A removed entry's key
 * becomes {@link #GONE} and its slot is never reused until the next rebuild, which copies into a
 * fresh array, so a reader can never pair one user's key with another user's set.
 */
final class PermissionIndex {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final Object GONE = new Object();
    private static final int MIN_CAPACITY = 16;

    private volatile Object[] slots = new Object[MIN_CAPACITY * 2];
    private int live;
    private int used; // live + GONE: both lengthen probes

    /**
     * The user's set, or null. Plain reads: a reader may see a slot's key before its value (then
     * the value reads null and the caller loads the set), or a value just being replaced (then the
     * previous set of the same user); never another user's set, since slots are not reused.
     */
    PermissionSet get(UserId user) {
        Object[] t = slots;
        int mask = (t.length >> 1) - 1;
        int i = home(user, t);
        Object key;
        // Terminates: the array is never more than half full, GONE slots included.
        while ((key = t[i << 1]) != null) {
            if (key == user || user.equals(key)) {
                return (PermissionSet) t[(i << 1) + 1];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    synchronized void put(UserId user, PermissionSet set) {
        Object[] t = slots;
        int found = find(t, user);
        if (found >= 0) {
            SLOTS.setRelease(t, (found << 1) + 1, set);
            return;
        }
        if ((used + 1) * 2 > t.length >> 1) {
            t = rebuild(live + 1);
        }
        int i = freeSlot(t, user);
        SLOTS.setRelease(t, (i << 1) + 1, set);
        SLOTS.setRelease(t, i << 1, user);
        live++;
        used++;
    }

    synchronized void remove(UserId user) {
        remove(user, null);
    }

    /** Removes the user's entry; with {@code expected} non-null, only while it still maps to it. */
    synchronized void remove(UserId user, PermissionSet expected) {
        Object[] t = slots;
        int i = find(t, user);
        if (i >= 0 && (expected == null || t[(i << 1) + 1] == expected)) {
            SLOTS.setRelease(t, (i << 1) + 1, null);
            SLOTS.setRelease(t, i << 1, GONE);
            live--;
        }
    }

    synchronized void removeIf(Predicate<PermissionSet> condition) {
        Object[] t = slots;
        for (int i = 0; i < t.length; i += 2) {
            Object key = t[i];
            if (key != null && key != GONE && condition.test((PermissionSet) t[i + 1])) {
                SLOTS.setRelease(t, i + 1, null);
                SLOTS.setRelease(t, i, GONE);
                live--;
            }
        }
    }

    synchronized void clear() {
        slots = new Object[MIN_CAPACITY * 2];
        live = 0;
        used = 0;
    }

    synchronized int size() {
        return live;
    }

    /** Copies the live entries into a fresh array sized for {@code entries}, and publishes it. */
    private Object[] rebuild(int entries) {
        int capacity = MIN_CAPACITY;
        while (capacity < entries * 4) {
            capacity <<= 1;
        }
        Object[] old = slots;
        Object[] fresh = new Object[capacity * 2];
        for (int i = 0; i < old.length; i += 2) {
            Object key = old[i];
            if (key != null && key != GONE && old[i + 1] != null) {
                int slot = freeSlot(fresh, (UserId) key);
                fresh[(slot << 1) + 1] = old[i + 1];
                fresh[slot << 1] = key;
            }
        }
        used = live;
        slots = fresh;
        return fresh;
    }

    private static int find(Object[] t, UserId user) {
        int mask = (t.length >> 1) - 1;
        int i = home(user, t);
        for (int probes = 0; probes <= mask; probes++) {
            Object key = t[i << 1];
            if (key == null) {
                return -1;
            }
            if (key != GONE && user.equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The first empty slot on the key's probe path (GONE slots are not reused: see the class comment). */
    private static int freeSlot(Object[] t, UserId user) {
        int mask = (t.length >> 1) - 1;
        int i = home(user, t);
        while (t[i << 1] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * The first slot to probe: Fibonacci hashing, taking the high bits of the product, which
     * depend on every bit of the hash code (the low bits would depend on its low bits only).
     */
    private static int home(UserId user, Object[] t) {
        int capacityBits = Integer.numberOfTrailingZeros(t.length >> 1);
        return (user.hashCode() * 0x9E3779B9) >>> (32 - capacityBits);
    }
}
