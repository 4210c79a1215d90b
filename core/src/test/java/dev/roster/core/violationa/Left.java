package dev.roster.core.violationa;

import dev.roster.core.violationb.Right;

/** A fixture for the architecture test: two packages that use each other (a cycle). Never used. */
public final class Left {
    Right right;
}
