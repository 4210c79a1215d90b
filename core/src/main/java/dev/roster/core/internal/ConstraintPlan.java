package dev.roster.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;

/**
 * A record's constraints, as the validator's own metadata declares them, run directly: a quick
 * "certainly valid" that spares a valid command the validator's bookkeeping (paths, contexts,
 * violation sets), about four fifths of its cost on a bulk import. It never says more than that:
 * a value it cannot vouch for goes to the validator, which reports the violations. A record it
 * cannot read entirely (class-level constraints, groups, a constraint it does not know, nested
 * containers, no record) gets no plan at all, and every command of that type goes to the validator.
 */
final class ConstraintPlan {
    /** Vouches for nothing: every command goes to the validator. */
    static final ConstraintPlan NONE = new ConstraintPlan(List.of());

    private final List<Predicate<Object>> rules;

    private ConstraintPlan(List<Predicate<Object>> rules) {
        this.rules = rules;
    }

    /** True only when every constraint holds; false when the validator must look. */
    boolean passes(Object command) {
        if (this == NONE) {
            return false;
        }
        try {
            return all(rules, command);
        } catch (RuntimeException e) {
            return false; // a constraint validator that needs the context it was not given: let the validator run it
        }
    }

    /** The plan for {@code type}, or {@link #NONE} when any of its constraints is beyond this class. */
    static ConstraintPlan of(Validator validator, Class<?> type) {
        try {
            List<Predicate<Object>> rules = new ArrayList<>();
            return collect(validator, type, 0, rules) ? new ConstraintPlan(List.copyOf(rules)) : NONE;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NONE;
        }
    }

    private static boolean collect(Validator validator, Class<?> type, int depth, List<Predicate<Object>> rules)
            throws ReflectiveOperationException {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (depth > 4 || !type.isRecord() || !bean.getConstraintDescriptors().isEmpty() || type.isAnnotationPresent(GroupSequence.class)
                || hasAnnotationNamed(type, "GroupSequenceProvider")) {
            return false;
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Method accessor = accessor(type, property.getPropertyName());
            if (accessor == null || property.getElementClass().getName().startsWith("java.util.Optional")) {
                return false;
            }
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Predicate<Object> check = check(constraint, property.getElementClass());
                if (check == null) {
                    return false;
                }
                rules.add(command -> check.test(read(accessor, command)));
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded() || !element.getConstrainedContainerElementTypes().isEmpty()) {
                    return false;
                }
                for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                    Predicate<Object> check = check(constraint, element.getElementClass());
                    if (check == null) {
                        return false;
                    }
                    int argument = element.getTypeArgumentIndex() == null ? -1 : element.getTypeArgumentIndex();
                    Class<?> container = element.getContainerClass();
                    if (Map.class.isAssignableFrom(container) && (argument == 0 || argument == 1)) {
                        boolean keys = argument == 0;
                        rules.add(command -> {
                            Object value = read(accessor, command);
                            return value == null || value instanceof Map<?, ?> map && all(keys ? map.keySet() : map.values(), check);
                        });
                    } else if (Collection.class.isAssignableFrom(container) && argument == 0) {
                        rules.add(command -> {
                            Object value = read(accessor, command);
                            return value == null || value instanceof Collection<?> items && all(items, check);
                        });
                    } else {
                        return false;
                    }
                }
            }
            if (property.isCascaded()) {
                List<Predicate<Object>> nested = new ArrayList<>();
                if (!collect(validator, property.getElementClass(), depth + 1, nested)) {
                    return false;
                }
                rules.add(command -> {
                    Object value = read(accessor, command);
                    return value == null || all(nested, value);
                });
            }
        }
        return true;
    }

    /** A test that is true only when the constraint certainly holds for a value; null when this class cannot run it. */
    private static Predicate<Object> check(ConstraintDescriptor<?> constraint, Class<?> valueType) throws ReflectiveOperationException {
        if (!constraint.getGroups().equals(Set.of(Default.class)) || !constraint.getComposingConstraints().isEmpty()
                || constraint.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
            return null;
        }
        Annotation annotation = constraint.getAnnotation();
        // Validated by Hibernate Validator's own classes, whose meaning the checks below repeat.
        boolean builtIn = constraint.getConstraintValidatorClasses().stream()
                .allMatch(c -> c.getName().startsWith("org.hibernate.validator.internal.constraintvalidators."));
        if (!builtIn && (annotation instanceof NotNull || annotation instanceof Size || annotation instanceof Pattern)) {
            return null; // a validator of the host's for a standard constraint: its meaning is the host's
        }
        if (annotation instanceof NotNull) {
            return value -> value != null;
        }
        if (annotation instanceof Size size) {
            return value -> value == null || within(length(value), size.min(), size.max());
        }
        if (annotation instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            return value -> value == null || value instanceof CharSequence text && compiled.matcher(text).matches();
        }
        if (isPastOrFuture(annotation)) {
            return value -> value == null; // holds for null; a date goes to the validator, which knows its clock
        }
        // Roster's own validators only: a host's may expect what its validator factory injects.
        List<Class<?>> classes = constraint.getConstraintValidatorClasses().stream()
                .filter(c -> validatedType(c) != null && validatedType(c).isAssignableFrom(valueType)).collect(Collectors.toList());
        if (classes.size() != 1 || !classes.get(0).getName().startsWith("dev.roster.")
                || HibernateConstraintValidator.class.isAssignableFrom(classes.get(0))) {
            return null;
        }
        @SuppressWarnings("unchecked")
        ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>) classes.get(0).getDeclaredConstructor()
                .newInstance();
        validator.initialize(annotation);
        return value -> validator.isValid(value, null);
    }

    /** The type a validator class declares it validates, or null when it does not say plainly. */
    private static Class<?> validatedType(Class<?> validatorClass) {
        for (Type declared : validatorClass.getGenericInterfaces()) {
            if (declared instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
                    && p.getActualTypeArguments()[1] instanceof Class<?> validated) {
                return validated;
            }
        }
        return null;
    }

    private static boolean all(List<Predicate<Object>> rules, Object value) {
        for (Predicate<Object> rule : rules) {
            if (!rule.test(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean all(Collection<?> values, Predicate<Object> check) {
        for (Object value : values) {
            if (!check.test(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPastOrFuture(Annotation annotation) {
        return annotation instanceof jakarta.validation.constraints.Past || annotation instanceof jakarta.validation.constraints.PastOrPresent
                || annotation instanceof jakarta.validation.constraints.Future
                || annotation instanceof jakarta.validation.constraints.FutureOrPresent;
    }

    private static boolean within(int length, int min, int max) {
        return length >= min && length <= max;
    }

    /** The size {@code @Size} measures, or -1 (which no {@code @Size} admits) for a type it does not apply to. */
    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value.getClass().isArray() ? Array.getLength(value) : -1;
    }

    private static Method accessor(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        return null;
    }

    private static Object read(Method accessor, Object command) {
        try {
            return accessor.invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasAnnotationNamed(Class<?> type, String simpleName) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
