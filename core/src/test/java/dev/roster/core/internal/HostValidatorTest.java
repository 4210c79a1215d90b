package dev.roster.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.PlainTextValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A host's own validator is asked about every command: its rules may differ where the metadata looks the same. */
class HostValidatorTest {

    /** A host's @Size for text that counts UTF-8 bytes (its database columns are byte-limited). */
    public static final class Utf8BytesSize implements ConstraintValidator<Size, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int bytes = value.toString().getBytes(StandardCharsets.UTF_8).length;
            return bytes >= min && bytes <= max;
        }
    }

    @Test
    void aHostValidatorThatRedefinesSizeIsObeyed() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(false).validatedBy(Utf8BytesSize.class);
        Validator host = config.addMapping(mapping).buildValidatorFactory().getValidator();

        // 60 characters, 120 UTF-8 bytes: within @Size(max = 100) by characters, over it by the host's rule.
        InviteCommand command = InviteCommand.of("ada@example.org", null)
                .withInvitee(new InviteeFields("\u00e9".repeat(60), null, null, null, null, null, null, null));

        assertThat(host.validate(command)).as("the host's validator refuses it").isNotEmpty();
        assertThat(ConstraintPlan.of(host, InviteCommand.class).passes(command)).as("the plan vouches for it").isFalse();
        assertThat(new CommandValidator(host).violations(command)).as("what Roster reports").isNotEmpty();
    }

    /** A host's factory that hands out a stricter text rule in place of Roster's (e.g. no emoji in its database). */
    static final class StricterFactory implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory fallback;

        StricterFactory(ConstraintValidatorFactory fallback) {
            this.fallback = fallback;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == PlainTextValidator.class) {
                PlainTextValidator roster = new PlainTextValidator();
                return (T) new ConstraintValidator<PlainText, String>() {
                    @Override
                    public void initialize(PlainText annotation) {
                        roster.initialize(annotation);
                    }

                    @Override
                    public boolean isValid(String value, ConstraintValidatorContext context) {
                        return roster.isValid(value, context) && (value == null || value.codePoints().allMatch(c -> c < 0x10000));
                    }
                };
            }
            return fallback.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
        }
    }

    @Test
    void aHostConstraintValidatorFactoryIsObeyed() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        config.constraintValidatorFactory(new StricterFactory(config.getDefaultConstraintValidatorFactory()));
        Validator host = config.buildValidatorFactory().getValidator();
        InviteCommand command = InviteCommand.of("ada@example.org", null)
                .withInvitee(new InviteeFields("Ada \ud83d\ude00", null, null, null, null, null, null, null));

        assertThat(host.validate(command)).as("the host's validator refuses it").isNotEmpty();
        assertThat(new CommandValidator(host).violations(command)).as("what Roster reports").isNotEmpty();
    }
}
