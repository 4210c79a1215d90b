package dev.roster.console.internal;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.query.PeopleCounts;
import dev.roster.spi.model.PersonStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The status tabs the policy has: members (active, public and suspended), pending invitations, suspended
 * ones when there are any, public ones where the policy has public users, recently deleted where deletion
 * is soft, and everyone.
 */
public enum Tabs {
    MEMBERS("Members", EnumSet.of(PersonStatus.ACTIVE, PersonStatus.PUBLIC, PersonStatus.SUSPENDED)),
    PENDING("Pending", EnumSet.of(PersonStatus.PENDING)),
    SUSPENDED("Suspended", EnumSet.of(PersonStatus.SUSPENDED)),
    PUBLIC("Public", EnumSet.of(PersonStatus.PUBLIC)),
    DELETED("Recently deleted", EnumSet.of(PersonStatus.DELETED)),
    EVERYONE("Everyone", EnumSet.allOf(PersonStatus.class));

    private final String label;
    private final Set<PersonStatus> statuses;

    Tabs(String label, Set<PersonStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Set<PersonStatus> statuses() {
        return statuses;
    }

    public long count(PeopleCounts counts) {
        return statuses.stream().mapToLong(counts::of).sum();
    }

    /** The tabs shown under this policy with these counts. */
    public static List<Tabs> shown(Policy policy, PeopleCounts counts) {
        List<Tabs> shown = new ArrayList<>();
        for (Tabs tab : values()) {
            boolean show = switch (tab) {
                case SUSPENDED -> counts.of(PersonStatus.SUSPENDED) > 0;
                case PUBLIC -> !policy.publicUserTypes().isEmpty();
                case DELETED -> policy.deletionMode() == DeletionMode.SOFT;
                default -> true;
            };
            if (show) {
                shown.add(tab);
            }
        }
        return shown;
    }

    /** The tab a request names, or the members' tab. */
    public static Tabs named(String key) {
        for (Tabs tab : values()) {
            if (tab.key().equals(key)) {
                return tab;
            }
        }
        return MEMBERS;
    }
}
