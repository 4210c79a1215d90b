package dev.roster.core.internal;

import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.error.ValidationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Validation on commands before anything else happens. The default validator is
 * Hibernate Validator with the parameter interpolator, so no Expression Language ever runs on
 * user input; a host can pass its own configured {@link Validator} instead.
 */
public final class CommandValidator {
    private final Validator validator;
    // Only with Roster's own validator: a host's may give a constraint another meaning (its own
    // validator for @Size, its own factory) where the metadata the plan reads looks the same.
    private final boolean planned;
    private final Map<Class<?>, ConstraintPlan> plans = new ConcurrentHashMap<>();

    /** Every command through {@code validator}, as a host configured it. */
    public CommandValidator(Validator validator) {
        this(validator, false);
    }

    private CommandValidator(Validator validator, boolean planned) {
        this.validator = validator;
        this.planned = planned;
    }

    /** Roster's own validator ({@link #defaultValidator()}), with valid commands checked by their {@link ConstraintPlan}. */
    public static CommandValidator ofDefaults() {
        return new CommandValidator(defaultValidator(), true);
    }

    public static Validator defaultValidator() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /** @throws ValidationException listing every violation by field path, when there is any */
    public <T> T check(T command) {
        if (command == null) {
            throw ValidationException.of("command", "must not be null");
        }
        List<Violation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return command;
    }

    /** Every violation by field path, sorted; empty when the command is valid. */
    public <T> List<Violation> violations(T command) {
        if (planned && command != null && plans.computeIfAbsent(command.getClass(), type -> ConstraintPlan.of(validator, type)).passes(command)) {
            return List.of(); // what the validator would say, without its bookkeeping (see ConstraintPlan)
        }
        return validator.validate(command).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }
}
