package dev.roster.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailVariables;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Whatever a person types, the HTML body has the template's markup and no more. */
class HtmlEscapingProperties {
    private final MustacheMailRenderer renderer = MustacheMailRenderer.withDefaults();

    @Property(tries = 300)
    void noValueAddsMarkupToTheHtmlBody(@ForAll @StringLength(min = 1, max = 60) @Chars({'<', '>', '&', '"', '\'', '=', '/', 'a', 's',
            ' ', '\n', '`'}) String hostile) {
        String lines = "x" + "\nx".repeat((int) hostile.chars().filter(c -> c == '\n').count());
        String benign = html(lines, "x");
        String attacked = html(hostile, hostile.replace('\n', ' '));
        assertThat(count(attacked, '<')).isEqualTo(count(benign, '<'));
        assertThat(count(attacked, '>')).isEqualTo(count(benign, '>'));
        assertThat(count(attacked, '"')).isEqualTo(count(benign, '"'));
    }

    private String html(String message, String name) {
        Map<String, String> v = MustacheMailRendererTest.variables();
        v.put(MailVariables.PERSONAL_MESSAGE, message);
        v.put(MailVariables.INVITER_NAME, name);
        v.put(MailVariables.RECIPIENT_NAME, name);
        return renderer.render(MailKind.INVITATION, Locale.ENGLISH, v).html();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
