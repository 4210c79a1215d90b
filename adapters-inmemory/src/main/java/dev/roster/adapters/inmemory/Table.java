package dev.roster.adapters.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A map whose changes are recorded in the current unit's undo log, so a failed unit leaves no trace. */
final class Table<K, V> {
    private final Map<K, V> rows = new HashMap<>();
    private final Supplier<UndoLog> undo;

    Table(Supplier<UndoLog> undo) {
        this.undo = undo;
    }

    V get(K key) {
        return rows.get(key);
    }

    boolean containsKey(K key) {
        return rows.containsKey(key);
    }

    Collection<V> values() {
        return rows.values();
    }

    /** The key of the first row that {@code match} accepts, or null. */
    K keyWhere(Predicate<V> match) {
        for (Map.Entry<K, V> row : rows.entrySet()) {
            if (match.test(row.getValue())) {
                return row.getKey();
            }
        }
        return null;
    }

    void put(K key, V value) {
        boolean existed = rows.containsKey(key);
        V previous = rows.put(key, value);
        undo.get().push(existed ? () -> rows.put(key, previous) : () -> rows.remove(key));
    }

    void remove(K key) {
        if (rows.containsKey(key)) {
            V previous = rows.remove(key);
            undo.get().push(() -> rows.put(key, previous));
        }
    }
}
