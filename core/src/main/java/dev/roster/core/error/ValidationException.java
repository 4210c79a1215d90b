package dev.roster.core.error;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import java.util.List;
import java.util.stream.Collectors;

/** A command was rejected before anything changed. Lists every violation with its field path. */
public class ValidationException extends RosterException {
    /** What was rejected. */
    private final List<Violation> violations;

    /**
     * Input rejected before anything changed.
     *
     * @param violations every rejected field with why
     */
    public ValidationException(List<Violation> violations) {
        super(ErrorCode.VALIDATION_FAILED, "invalid input: " + violations.stream()
                .map(v -> v.path() + ": " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * One rejected field.
     *
     * @param path the field's path in the command, e.g. {@code profile.dateOfBirth}
     * @param message why
     * @return the exception
     */
    public static ValidationException of(String path, String message) {
        return new ValidationException(List.of(new Violation(path, message)));
    }

    /** {@return every rejected field with why} */
    public List<Violation> violations() {
        return violations;
    }

    /** One rejected field: its path in the command (e.g. {@code entries[3].email}) and why. */
    public record Violation(String path, String message) {
    }
}
