package dev.roster.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    private final PasswordRules rules = PasswordRules.defaults();

    @Test
    void eightCharactersAreEnoughAndSevenAreNotCountingWhatAPersonSees() {
        assertThat(rules.problem("vq7#kLp2")).isEmpty();
        assertThat(rules.problem("vq7#kLp")).contains("needs at least 8 characters");
        String sevenEmoji = "\uD83D\uDE00".repeat(7); // 14 UTF-16 units, 7 characters
        assertThat(rules.problem(sevenEmoji)).contains("needs at least 8 characters");
        assertThat(rules.problem(sevenEmoji + "\uD83D\uDE00")).isEmpty();
        assertThat(rules.problem("")).contains("a password is required");
        assertThat(rules.problem(null)).contains("a password is required");
    }

    @Test
    void sixtyFourCharactersOfAnyScriptFitAndTheByteLimitIsCheckedBeforeHashing() {
        assertThat(rules.problem("\uD83D\uDD10".repeat(64))).as("64 four-byte characters").isEmpty();
        assertThat(rules.problem("ж".repeat(512))).as("1,024 bytes").isEmpty();
        assertThat(rules.problem("ж".repeat(512) + "x")).contains("is longer than 1024 bytes");
        PasswordRules tight = PasswordRules.of(8, 256, true);
        assertThat(tight.problem("\uD83D\uDD10".repeat(64))).isEmpty();
        assertThat(tight.problem("\uD83D\uDD10".repeat(64) + "a")).contains("is longer than 256 bytes");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCaseButNothingElseIsRequired() {
        for (String common : new String[] {"password", "Password1", "QWERTYUIOP", "iloveyou", "trustno1", "12345678"}) {
            assertThat(rules.problem(common)).as(common).contains("is one of the most common passwords; choose another");
        }
        assertThat(rules.problem("correct horse battery staple")).as("no composition rules").isEmpty();
        assertThat(rules.problem("alllowercaseletters")).isEmpty();
        assertThat(PasswordRules.of(8, 1024, false).problem("password")).isEmpty();
    }

    @Test
    void anUnpairedSurrogateIsRefusedSinceUtf8WouldMakeItAQuestionMark() {
        assertThat(rules.problem("abcdefg\uD800h")).contains("holds a broken character (an unpaired surrogate)");
        assertThat(rules.problem("abcdefgh\uDC00")).isPresent();
        assertThat(rules.problem("abcdefg\uD83D\uDE00")).isEmpty();
    }

    @Test
    void lengthCountsWhatAPersonSeesAndTheCommonListCannotBeDodgedWithLookAlikes() {
        assertThat(rules.problem("e\u0301a\u0301o\u0301u\u0301")).as("four accented letters").contains("needs at least 8 characters");
        assertThat(rules.problem("\u200B".repeat(8))).as("eight zero-width spaces").contains("needs at least 8 characters");
        assertThat(rules.problem("e\u0301".repeat(8))).isEmpty();
        for (String dodge : new String[] {"\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44", "pass\u200Bword", "password ", " pass word"}) {
            assertThat(rules.problem(dodge)).as(dodge).contains("is one of the most common passwords; choose another");
        }
    }

    @Test
    void aPasswordToCheckThatNoRuleLetBeSetIsWrongWithoutHashing() {
        assertThat(rules.verifiable("correct horse battery staple")).isTrue();
        assertThat(rules.verifiable("short")).as("a set password's length rules may have changed since").isTrue();
        assertThat(rules.verifiable("tulip\uD800orchid")).isFalse();
        assertThat(rules.verifiable("x".repeat(1025))).isFalse();
        assertThat(rules.verifiable("")).isFalse();
        assertThat(rules.verifiable(null)).isFalse();
    }

    @Test
    void theErrorNamesTheFieldAndNeverThePassword() {
        assertThatThrownBy(() -> rules.check("newPassword", "Password1")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(ValidationException.Violation::path).containsExactly("newPassword");
            assertThat(e.getMessage()).doesNotContain("Password1").doesNotContain("password1");
        });
    }

    @Test
    void aHostCannotSetRulesBelowTheGuarantees() {
        assertThatThrownBy(() -> PasswordRules.of(7, 1024, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordRules.of(8, 255, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordRules.of(100, 256, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PasswordRules.of(12, 512, true).problem("elevenchars")).contains("needs at least 12 characters");
    }
}
