package dev.roster.spi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pairs of spellings and whether they are one identity, two, or refused (the second spelling cannot
 * be an address: it would pass for the first). Each row runs under the Turkish and the English
 * default locale: the answer must not change.
 */
class EmailIdentityTableTest {
    enum Answer { ONE, TWO, REFUSED }

    static Stream<Arguments> table() {
        return Stream.of(
                row("case", "ada@example.com", "ADA@Example.COM", Answer.ONE),
                row("IDN Unicode and its ASCII form", "ada@b\u00FCcher.example", "ada@xn--bcher-kva.example", Answer.ONE),
                row("IDN upper case", "ada@b\u00FCcher.example", "ada@B\u00DCCHER.example", Answer.ONE),
                row("ideographic full stop in the domain", "ada@example.com", "ada@example\u3002com", Answer.ONE),
                row("Kelvin sign is canonically a K", "kate@example.com", "\u212Aate@example.com", Answer.ONE),
                row("Turkish dotless i is a letter of its own", "mike@example.com", "m\u0131ke@example.com", Answer.TWO),
                row("Turkish dotted capital I lowers to an i with a dot drawn as an i", "mike@example.com", "M\u0130KE@example.com",
                        Answer.REFUSED),
                row("i with a dot above is drawn as i", "inigo@example.com", "i\u0307nigo@example.com", Answer.REFUSED),
                row("dotless i with a dot above is drawn as i", "inigo@example.com", "\u0131\u0307nigo@example.com", Answer.REFUSED),
                row("j with a dot above is drawn as j", "jo@example.com", "j\u0307o@example.com", Answer.REFUSED),
                row("capital I is an i in every locale", "iris@example.com", "IRIS@example.com", Answer.ONE),
                row("NFD and NFC", "\u00E9mile@example.com", "e\u0301mile@example.com", Answer.ONE),
                row("NFD in the domain", "ada@caf\u00E9.example", "ada@cafe\u0301.example", Answer.ONE),
                row("zero-width space in the local part", "ada@example.com", "a\u200Bda@example.com", Answer.REFUSED),
                row("zero-width joiner in the local part", "ada@example.com", "a\u200Dda@example.com", Answer.REFUSED),
                row("zero-width space in the domain", "ada@example.com", "ada@exa\u200Bmple.com", Answer.REFUSED),
                row("soft hyphen in the domain", "ada@example.com", "ada@exam\u00ADple.com", Answer.REFUSED),
                row("no-break space in the local part", "ada@example.com", "a\u00A0da@example.com", Answer.REFUSED),
                row("no-break space around the address", "ada@example.com", "\u00A0ada@example.com", Answer.REFUSED),
                row("fullwidth letters", "ada@example.com", "\uFF41\uFF44\uFF41@example.com", Answer.ONE),
                row("fullwidth letters in the domain", "ada@example.com", "ada@\uFF45xample.com", Answer.ONE),
                row("Cyrillic a hidden in a Latin name", "paypal@example.com", "p\u0430ypal@example.com", Answer.REFUSED),
                row("Cyrillic letters with a Latin l", "paypal@example.com", "\u043F\u0430\u0443\u0440\u0430l@example.com",
                        Answer.REFUSED),
                row("a wholly Cyrillic name that looks Latin", "pace@example.com", "\u0440\u0430\u0441\u0435@example.com",
                        Answer.REFUSED),
                row("a Cyrillic domain label that looks Latin", "ada@pace.example", "ada@\u0440\u0430\u0441\u0435.example",
                        Answer.REFUSED),
                row("a Russian name is a name of its own", "ivan@example.com", "\u0438\u0432\u0430\u043D@example.com", Answer.TWO),
                row("Greek omicron for an o", "ooo@example.com", "\u03BF\u03BF\u03BF@example.com", Answer.REFUSED),
                row("German sharp s in the domain is another domain, as UTS #46 reads it", "ada@strasse.example",
                        "ada@stra\u00DFe.example", Answer.TWO),
                row("one-storey a (IPA) for an a", "ada@example.com", "\u0251da@example.com", Answer.REFUSED),
                row("single-storey g (IPA) for a g", "gina@example.com", "\u0261ina@example.com", Answer.REFUSED),
                row("IPA g in the domain", "ada@google.example", "ada@\u0261oogle.example", Answer.REFUSED),
                row("Armenian letters that read as hugo", "hugo@example.com", "\u0570\u057D\u0581\u0585@example.com", Answer.REFUSED),
                row("Armenian domain label that reads as no", "ada@no.example", "ada@\u0578\u0585.example", Answer.REFUSED),
                row("Greek letters that read as papa", "papa@example.com", "\u03C1\u03B1\u03C1\u03B1@example.com", Answer.REFUSED),
                row("Cherokee capitals that read as AD", "ad@example.com", "\u13AA\u13A0@example.com", Answer.REFUSED),
                row("Cyrillic straight u and o that read as yoy", "yoy@example.com", "\u04AF\u043E\u0443@example.com", Answer.REFUSED),
                row("a Greek name is a name of its own", "eleni@example.com", "\u03B5\u03BB\u03AD\u03BD\u03B7@example.com", Answer.TWO),
                row("a comment is not another mailbox", "ada@example.com", "ada(work)@example.com", Answer.REFUSED),
                row("a quoted local part is not another mailbox", "ada@example.com", "\"ada\"@example.com", Answer.REFUSED),
                row("a comma would split a header", "ada@example.com", "ada,eve@example.com", Answer.REFUSED),
                row("a semicolon", "ada@example.com", "ada;@example.com", Answer.REFUSED),
                row("sharp s in the local part is a letter of its own", "strasse@example.com", "stra\u00DFe@example.com", Answer.TWO),
                row("plus tags are other mailboxes", "ada@example.com", "ada+work@example.com", Answer.TWO),
                row("dots are kept", "ada.lovelace@example.com", "adalovelace@example.com", Answer.TWO),
                row("Japanese mixes Han, Hiragana and Latin", "\u5C71\u7530\u305F\u308D\u3046@example.jp",
                        "\u5C71\u7530\u305F\u308D\u3046@EXAMPLE.jp", Answer.ONE),
                row("right-to-left local part", "\u05E9\u05DC\u05D5\u05DD@example.com", "\u05E9\u05DC\u05D5\u05DD@EXAMPLE.com", Answer.ONE),
                row("an emoji is no letter", "ada@example.com", "ada\uD83D\uDE00@example.com", Answer.REFUSED),
                row("a bidi override", "ada@example.com", "ada\u202E@example.com", Answer.REFUSED));
    }

    private static Arguments row(String name, String first, String second, Answer answer) {
        return Arguments.of(name, first, second, answer);
    }

    @ParameterizedTest(name = "{0} (tr)")
    @MethodSource("table")
    void answersUnderTheTurkishLocale(String name, String first, String second, Answer answer) {
        under(Locale.forLanguageTag("tr-TR"), first, second, answer);
    }

    @ParameterizedTest(name = "{0} (en)")
    @MethodSource("table")
    void answersUnderTheEnglishLocale(String name, String first, String second, Answer answer) {
        under(Locale.ENGLISH, first, second, answer);
    }

    private static void under(Locale locale, String first, String second, Answer expected) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            EmailAddress a = EmailAddress.of(first);
            Answer actual;
            try {
                actual = a.equals(EmailAddress.of(second)) ? Answer.ONE : Answer.TWO;
            } catch (IllegalArgumentException refused) {
                actual = Answer.REFUSED;
            }
            assertThat(actual).as("%s and %s", first, second).isEqualTo(expected);
            assertThat(a.canonical()).as("the key is in NFC and has no upper case").isEqualTo(
                    java.text.Normalizer.normalize(a.canonical(), java.text.Normalizer.Form.NFC)).isEqualTo(a.canonical().toLowerCase(Locale.ROOT));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
