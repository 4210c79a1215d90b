package dev.roster.core.presets;

import dev.roster.core.error.PolicyException;
import dev.roster.core.policy.Policy;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** The presets by name, for a host that picks one in its configuration ({@code roster.preset=SeatCountedTeam}). */
public final class Presets {
    private static final Map<String, Supplier<Policy>> BY_NAME = Map.of(
            "TwoRoleWorkspace", TwoRoleWorkspace::policy,
            "FlaggedPlatform", FlaggedPlatform::policy,
            "TypedUsers", TypedUsers::policy,
            "ExpiringInvitationsOrganization", ExpiringInvitationsOrganization::policy,
            "SeatCountedTeam", SeatCountedTeam::policy);

    private Presets() {
    }

    /** {@return the presets' names, in order} */
    public static Set<String> names() {
        return new TreeSet<>(BY_NAME.keySet());
    }

    /**
     * The preset of that name.
     *
     * @param name a preset's class name, such as "SeatCountedTeam"
     * @return its policy
     * @throws PolicyException naming the presets there are, when there is none of that name
     */
    public static Policy named(String name) {
        Supplier<Policy> preset = name == null ? null : BY_NAME.get(name);
        if (preset == null) {
            throw new PolicyException(java.util.List.of("no preset '" + name + "'; there are " + names()));
        }
        return preset.get();
    }
}
