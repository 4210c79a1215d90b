package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import java.util.List;

/** The policy given to the builder is inconsistent; lists every problem found. */
public class PolicyException extends RosterException {
    /** What is wrong with the policy. */
    private final List<String> problems;

    /**
     * An inconsistent policy.
     *
     * @param problems every problem found
     */
    public PolicyException(List<String> problems) {
        super(ErrorCode.POLICY_INVALID, "invalid policy: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found} */
    public List<String> problems() {
        return problems;
    }
}
