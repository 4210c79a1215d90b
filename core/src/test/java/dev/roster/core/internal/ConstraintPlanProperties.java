package dev.roster.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.ChangeTypeCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The plan vouches for a command only when the validator finds nothing in it: random and hostile
 * values for every command Roster validates, each compared with a full validation.
 */
class ConstraintPlanProperties {
    private static final Validator VALIDATOR = CommandValidator.defaultValidator();
    private static final List<Class<?>> COMMANDS = List.of(InviteCommand.class, BatchInviteCommand.class, AcceptCommand.class,
            CreateUserCommand.class, EditProfileCommand.class, ChangeRolesCommand.class, ChangeTypeCommand.class, SetGroupsCommand.class,
            SetOverridesCommand.class);
    private static final String[] PIECES = {"a", "Zoë", "0", "9", " ", "\u00a0", "\u200b", "\u202e", "\n", "\t", "@", ".", "+", "-", "(", ")",
        "/", "e\u0301", "<b>", "{x}", "${", "\u0000", "\ufb01", "\ud835\udc9c", "ada@example.org", "x@y.io", "Europe/Berlin", "Mars/Base",
        "+49 30 1234567", "_", "'", "\"", "\u0085", "\u2028"};

    @Property(tries = 2_000)
    void thePlanVouchesOnlyForWhatTheValidatorAccepts(@ForAll long seed) {
        Random random = new Random(seed);
        for (Class<?> type : COMMANDS) {
            Object command;
            try {
                command = instance(type, random, 0);
            } catch (RuntimeException refusedByAConstructor) {
                continue; // a record's own constructor may refuse a value; nothing to validate then
            }
            boolean accepted = VALIDATOR.validate(command).isEmpty();
            boolean vouched = ConstraintPlan.of(VALIDATOR, type).passes(command);
            assertThat(!vouched || accepted).as("%s vouched for but refused: %s", type.getSimpleName(), command).isTrue();
        }
    }

    @Property(tries = 500)
    void anInvitationTheValidatorAcceptsIsVouchedFor(@ForAll long seed) {
        // The import's command must take the quick path whenever it can, or the plan is worth nothing there.
        Random random = new Random(seed);
        InviteCommand command = new InviteCommand(pick(random, "ada@example.org", "Zoë@exämple.org", "bad"), Set.of(RoleId.of("member")),
                null, Map.of(Permission.of("api.access"), Effect.GRANT), pick(random, null, "Welcome!", "\u202e"),
                new InviteeFields(text(random), text(random), text(random), null, pick(random, null, "+49 30 1234567", "12"),
                        pick(random, null, "Europe/Berlin", "Mars/Base"), pick(random, null, "10000000001", "x\u0000"), null));
        boolean accepted = VALIDATOR.validate(command).isEmpty();
        assertThat(ConstraintPlan.of(VALIDATOR, InviteCommand.class).passes(command)).as("%s", command).isEqualTo(accepted);
    }

    @Test
    void aRecordWithAConstraintThePlanDoesNotKnowGetsNoPlan() {
        assertThat(ConstraintPlan.of(VALIDATOR, WithBuiltInEmail.class)).isSameAs(ConstraintPlan.NONE);
        assertThat(ConstraintPlan.of(VALIDATOR, WithClassLevelRule.class)).isSameAs(ConstraintPlan.NONE);
        assertThat(ConstraintPlan.of(VALIDATOR, WithGroup.class)).isSameAs(ConstraintPlan.NONE);
        assertThat(ConstraintPlan.of(VALIDATOR, NotARecord.class)).isSameAs(ConstraintPlan.NONE);
        assertThat(ConstraintPlan.of(VALIDATOR, WithNestedContainer.class)).isSameAs(ConstraintPlan.NONE);
        assertThat(ConstraintPlan.of(VALIDATOR, Plain.class)).isNotSameAs(ConstraintPlan.NONE);
    }

    @Test
    void aValidatorThatNeedsItsContextIsLeftToTheValidator() {
        ConstraintPlan plan = ConstraintPlan.of(VALIDATOR, InviteCommand.class);
        // PlainText reports its reason through the context it is not given here: the plan must say "ask".
        InviteCommand hostile = new InviteCommand("ada@example.org", null, null, null, null,
                new InviteeFields("\u202eAda", null, null, null, null, null, null, null));
        assertThat(plan.passes(hostile)).isFalse();
        assertThat(VALIDATOR.validate(hostile)).isNotEmpty();
        assertThat(plan.passes(InviteCommand.of("ada@example.org", null))).isTrue();
    }

    @Test
    void theCommandValidatorStillReportsEveryViolation() {
        CommandValidator validator = CommandValidator.ofDefaults();
        InviteCommand bad = new InviteCommand("not an address", null, null, null, null,
                new InviteeFields(null, null, null, null, "12", "Mars/Base", null, null));
        assertThat(validator.violations(bad)).extracting(v -> v.path())
                .containsExactly("email", "invitee.phone", "invitee.timezone");
        assertThat(validator.violations(InviteCommand.of("ada@example.org", null))).isEmpty();
    }

    record Plain(@NotNull @Size(max = 3) String name, Set<@NotNull String> tags) {
    }

    record WithBuiltInEmail(@Email String email) {
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Always.class)
    @interface Whole {
        String message() default "no";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class Always implements ConstraintValidator<Whole, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return true;
        }
    }

    @Whole
    record WithClassLevelRule(@NotNull String name) {
    }

    interface Strict {
    }

    record WithGroup(@NotNull(groups = Strict.class) String name) {
    }

    static final class NotARecord {
        @NotNull
        String name;
    }

    record WithNestedContainer(List<Set<@NotNull String>> names) {
    }

    private static Object instance(Class<?> type, Random random, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), random, depth);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Type type, Random random, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (random.nextInt(5) == 0) {
                return null;
            }
            if (Set.class.isAssignableFrom(raw) || List.class.isAssignableFrom(raw)) {
                List<Object> items = new ArrayList<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    items.add(random.nextInt(6) == 0 ? null : value(arguments[0], random, depth + 1));
                }
                return Set.class.isAssignableFrom(raw) ? new HashSet<>(items) : items;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new HashMap<>();
                for (int n = random.nextInt(3); n > 0; n--) {
                    map.put(random.nextInt(6) == 0 ? null : value(arguments[0], random, depth + 1),
                            random.nextInt(6) == 0 ? null : value(arguments[1], random, depth + 1));
                }
                return map;
            }
            return null;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return random.nextInt(6) == 0 ? null : text(random);
        }
        if (raw == long.class || raw == Long.class) {
            return (long) random.nextInt(5) - 1;
        }
        if (raw == int.class || raw == Integer.class) {
            return random.nextInt(5) - 1;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (random.nextInt(6) == 0) {
            return null;
        }
        if (raw == RoleId.class) {
            return RoleId.of(pick(random, "member", "admin", "x"));
        }
        if (raw == Permission.class) {
            return Permission.of(pick(random, "api.access", "data.export"));
        }
        if (raw == UserId.class) {
            return UserId.of(new UUID(random.nextLong(), random.nextLong()));
        }
        if (raw == GroupId.class) {
            return GroupId.of(new UUID(random.nextLong(), random.nextLong()));
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 200));
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[random.nextInt(raw.getEnumConstants().length)];
        }
        if (raw.isRecord() && depth < 3) {
            try {
                return instance(raw, random, depth + 1);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(Random random) {
        if (random.nextInt(20) == 0) {
            return "a".repeat(random.nextInt(400));
        }
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
