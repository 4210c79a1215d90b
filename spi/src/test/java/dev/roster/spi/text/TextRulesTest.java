package dev.roster.spi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.mail.RenderedMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import org.junit.jupiter.api.Test;

class TextRulesTest {
    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedInEveryKind() {
        for (TextKind kind : TextKind.values()) {
            assertThat(TextRules.problem("a\u0000b", kind)).as(kind.name()).contains("control character");
            assertThat(TextRules.problem("a\u0007b", kind)).as(kind.name()).contains("control character");
            assertThat(TextRules.problem("a\u0085b", kind)).as(kind.name()).contains("control character");
            assertThat(TextRules.problem("a\rb", kind)).as(kind.name()).contains("control character");
            assertThat(TextRules.problem("a\uD800b", kind)).as(kind.name()).contains("lone surrogate");
            assertThat(TextRules.problem("a\uDC00", kind)).as(kind.name()).contains("lone surrogate");
            assertThat(TextRules.problem("\uD800", kind)).as(kind.name()).contains("lone surrogate");
            assertThat(TextRules.problem("a\u2028b", kind)).as(kind.name()).contains("separator");
            assertThat(TextRules.problem("abc\u202Egpj.exe", kind)).as(kind.name()).contains("bidirectional override");
            assertThat(TextRules.problem("\uD83D\uDE00 ok", kind)).as(kind.name()).isNull();
        }
    }

    @Test
    void lineBreaksAndTabsOnlyInParagraphs() {
        assertThat(TextRules.problem("a\nb\tc", TextKind.PARAGRAPH)).isNull();
        assertThat(TextRules.problem("a\nb", TextKind.LINE)).contains("line break");
        assertThat(TextRules.problem("a\tb", TextKind.LINE)).contains("tab");
        assertThat(TextRules.problem("a\nb", TextKind.IDENTIFIER)).contains("line break");
    }

    @Test
    void identifiersHoldNoInvisibleFormatCharactersWhileNamesMayHoldBidiMarks() {
        assertThat(TextRules.problem("id\u200B1", TextKind.IDENTIFIER)).contains("invisible");
        assertThat(TextRules.problem("id\u200E1", TextKind.IDENTIFIER)).contains("invisible");
        assertThat(TextRules.problem("\u2067\u05E9\u05DC\u2069 Ann", TextKind.LINE)).isNull();
        assertThat(TextRules.problem("\u05E9\u200F1", TextKind.LINE)).isNull();
    }

    @Test
    void textMustBeInNfcAndNormalizeMakesItSo() {
        assertThat(TextRules.problem("Ame\u0301lie", TextKind.LINE)).contains("NFC");
        assertThat(TextRules.normalize("Ame\u0301lie", TextKind.LINE)).isEqualTo("Am\u00E9lie");
        assertThat(TextRules.normalize("\u212Aelvin", TextKind.LINE)).isEqualTo("Kelvin");
        assertThat(TextRules.normalize("a\r\nb\rc", TextKind.PARAGRAPH)).isEqualTo("a\nb\nc");
        assertThat(TextRules.normalize("a\r\nb", TextKind.LINE)).isEqualTo("a\r\nb");
        assertThat(TextRules.normalize("a\uD800", TextKind.LINE)).isEqualTo("a\uD800");
        assertThat(TextRules.normalize(null, TextKind.LINE)).isNull();
    }

    @Test
    void lengthsAreCountedInUtf16UnitsWhichNoStoreUndercounts() {
        assertThat(TextRules.problem("\uD83D\uDE00".repeat(50), TextKind.LINE, 100)).isNull();
        assertThat(TextRules.problem("\uD83D\uDE00".repeat(50) + "x", TextKind.LINE, 100)).contains("longer than 100");
    }

    @Test
    void noHeaderValueOfAMailCarriesALineBreak() {
        EmailAddress to = EmailAddress.of("a@x.example");
        MailSender from = new MailSender("Acme", EmailAddress.of("no-reply@acme.example"));
        assertThatThrownBy(() -> new OutgoingMail("1@acme.example", from, null, to, null, "Hi\r\nBcc: victim@x.example", "b", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> new OutgoingMail("1@acme.example", from, null, to, "Ann\nBcc: victim@x.example", "Hi", "b", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toName");
        assertThatThrownBy(() -> new OutgoingMail("1@acme.example\r\nBcc: v@x.example", from, null, to, null, "Hi", "b", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("<1@acme.example>", from, null, to, null, "Hi", "b", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Message-ID");
        assertThatThrownBy(() -> new MailSender("Acme\r\nBcc: victim@x.example", EmailAddress.of("no-reply@acme.example")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderedMail("Hi\nthere", "b", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextRules.oneLine("Acme\r\nBcc: x\u2028y")).isEqualTo("Acme  Bcc: x y");
        OutgoingMail ok = new OutgoingMail("1@acme.example", from, null, to, null, "Hi", "line one\r\nline two", "<p>secret link</p>");
        assertThat(ok.text()).contains("\n");
        assertThat(ok.toString()).doesNotContain("line one").doesNotContain("secret link");
    }
}
