package dev.roster.core.violationb;

import dev.roster.core.violationa.Left;

/** The other half of {@link Left}'s cycle. */
public final class Right {
    Left left;
}
