package dev.roster.spi.store;

import dev.roster.spi.model.Person;
import java.util.Objects;
import java.util.UUID;

/**
 * The position after which the next page of a people list starts: the sort key, the kind and the id
 * of the last person seen. A people list orders by (key, kind, id), a member before an invitation
 * with the same key.
 *
 * @param key the sort key, an {@link java.time.Instant} or one line of text
 * @param invitation whether the last person seen was an invitation
 * @param id its user id or invitation id
 */
public record PersonKeyset(Comparable<?> key, boolean invitation, UUID id) implements Comparable<PersonKeyset> {
    /**
     * Requires the key and the id, within what every store holds.
     *
     * @param key the sort key
     * @param invitation whether the last person seen was an invitation
     * @param id its user id or invitation id
     */
    public PersonKeyset {
        StoredValues.keysetKey(key);
        Objects.requireNonNull(id, "id");
    }

    /**
     * The ascending order of people lists: key, then members before invitations, then id (unsigned).
     * Both keys must come from the same sort.
     *
     * @param other the other position
     * @return negative, zero or positive
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(PersonKeyset other) {
        int byKey = ((Comparable) key).compareTo(other.key);
        if (byKey != 0) {
            return byKey;
        }
        if (invitation != other.invitation) {
            return invitation ? 1 : -1;
        }
        return Person.compareIds(id, other.id);
    }
}
