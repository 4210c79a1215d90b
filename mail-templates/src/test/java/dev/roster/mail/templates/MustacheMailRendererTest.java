package dev.roster.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailVariables;
import dev.roster.spi.mail.RenderedMail;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MustacheMailRendererTest {
    private static final String LINK = "https://app.example.com/invite?token=abc&tenant=acme";
    private final MustacheMailRenderer renderer = MustacheMailRenderer.withDefaults();

    static Map<String, String> variables() {
        Map<String, String> v = new HashMap<>();
        v.put(MailVariables.PRODUCT_NAME, "Acme Cloud");
        v.put(MailVariables.TENANT_NAME, "Acme");
        v.put(MailVariables.SENDER_NAME, "The Acme team");
        v.put(MailVariables.SUPPORT_ADDRESS, "help@acme.example");
        v.put(MailVariables.RECIPIENT_NAME, "Ann");
        v.put(MailVariables.RECIPIENT_ADDRESS, "ann@x.example");
        v.put(MailVariables.INVITER_NAME, "Bob");
        v.put(MailVariables.PERSONAL_MESSAGE, "Welcome aboard!");
        v.put(MailVariables.LINK, LINK);
        v.put(MailVariables.EXPIRES_AT, "4 December 2026");
        v.put(MailVariables.OCCURRED_AT, "27 November 2026");
        return v;
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindIsWrittenInEnglishAndGermanWithItsVariablesAndNoLeftoverTags(MailKind kind) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            RenderedMail mail = renderer.render(kind, locale, variables());
            assertThat(mail.subject()).isNotBlank().doesNotContain("{{").doesNotContain("\n");
            assertThat(mail.text()).doesNotContain("{{").contains("The Acme team").contains("Ann");
            assertThat(mail.html()).doesNotContain("{{").startsWith("<!DOCTYPE html>").contains("The Acme team");
            if (kind.subject() == MailKind.Subject.INVITATION || kind == MailKind.PASSWORD_RESET) {
                assertThat(mail.text()).as(kind + " " + locale).contains(LINK);
                assertThat(mail.html()).contains("href=\"" + LINK.replace("&", "&amp;").replace("=", "&#61;") + "\"");
            }
        }
        assertThat(renderer.render(kind, Locale.GERMAN, variables()).text())
                .isNotEqualTo(renderer.render(kind, Locale.ENGLISH, variables()).text());
    }

    @Test
    void theInvitationCarriesThePersonalMessageAndTheExpiry() {
        RenderedMail mail = renderer.render(MailKind.INVITATION, Locale.ENGLISH, variables());
        assertThat(mail.subject()).isEqualTo("Bob invited you to Acme on Acme Cloud");
        assertThat(mail.text()).contains("Bob wrote:\n\nWelcome aboard!").contains("expires on 4 December 2026");
        assertThat(mail.html()).contains("Welcome aboard!<br>");
    }

    @Test
    void optionalValuesLeaveTheirSentencesOut() {
        Map<String, String> v = variables();
        v.put(MailVariables.PERSONAL_MESSAGE, "");
        v.remove(MailVariables.EXPIRES_AT);
        v.put(MailVariables.SUPPORT_ADDRESS, "");
        v.put(MailVariables.RECIPIENT_NAME, "");
        RenderedMail mail = renderer.render(MailKind.INVITATION, Locale.ENGLISH, v);
        assertThat(mail.text()).startsWith("Hello,").doesNotContain("wrote").doesNotContain("expires").doesNotContain("Questions");
        assertThat(mail.html()).doesNotContain("blockquote").doesNotContain("mailto");
    }

    @Test
    void everyValueIsEscapedInHtmlAndKeptAsIsInPlainText() {
        Map<String, String> v = variables();
        v.put(MailVariables.INVITER_NAME, "<script>alert(1)</script> \"Bob\" & 'Co'");
        v.put(MailVariables.PERSONAL_MESSAGE, "<img src=x onerror=alert(1)>\nline two");
        v.put(MailVariables.TENANT_NAME, "<b>Acme</b>");

        RenderedMail mail = renderer.render(MailKind.INVITATION, Locale.ENGLISH, v);

        assertThat(mail.html()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>Acme")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src")
                .contains("&quot;Bob&quot; &amp;");
        assertThat(mail.text()).contains("<script>alert(1)</script> \"Bob\" & 'Co'").contains("<img src=x onerror=alert(1)>\nline two");
        assertThat(mail.subject()).contains("<b>Acme</b>");
    }

    @Test
    void aPersonalMessageKeepsItsLineBreaksAsEscapedLines() {
        Map<String, String> v = variables();
        v.put(MailVariables.PERSONAL_MESSAGE, "Hi Ann,\r\n\r\nsee <you> soon\nBob");
        String html = renderer.render(MailKind.INVITATION, Locale.ENGLISH, v).html();
        assertThat(html).contains("Hi Ann,<br>\n<br>\nsee &lt;you&gt; soon<br>\nBob<br>");
    }

    @Test
    void aValueWithALineBreakCannotReachTheSubject() {
        Map<String, String> v = variables();
        v.put(MailVariables.INVITER_NAME, "Bob\r\nBcc: victim@x.example");
        assertThatThrownBy(() -> renderer.render(MailKind.INVITATION, Locale.ENGLISH, v))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
    }

    @Test
    void aLocaleFallsBackToItsLanguageThenTheDefaultThenEnglish() {
        String german = renderer.render(MailKind.INVITATION, Locale.GERMAN, variables()).subject();
        assertThat(renderer.render(MailKind.INVITATION, Locale.forLanguageTag("de-AT"), variables()).subject()).isEqualTo(german);
        assertThat(renderer.render(MailKind.INVITATION, Locale.FRENCH, variables()).subject()).startsWith("Bob invited you");
        MustacheMailRenderer germanFirst = MustacheMailRenderer.builder().defaultLocale(Locale.GERMAN).build();
        assertThat(germanFirst.render(MailKind.INVITATION, Locale.FRENCH, variables()).subject()).isEqualTo(german);
        assertThat(germanFirst.render(MailKind.INVITATION, null, variables()).subject()).isEqualTo(german);
    }

    @Test
    void aHostReplacesATemplateForAKindAndLocale() {
        MustacheMailRenderer custom = MustacheMailRenderer.builder()
                .template(MailKind.INVITATION, Locale.FRENCH, new MailTemplate("{{inviterName}} vous invite", "Lien : {{link}}",
                        "<p><a href=\"{{link}}\">{{inviterName}}</a></p>"))
                .template(MailKind.PASSWORD_RESET, Locale.ENGLISH, new MailTemplate("Reset", "Go: {{link}}", "<a href=\"{{link}}\">go</a>"))
                .build();

        RenderedMail french = custom.render(MailKind.INVITATION, Locale.forLanguageTag("fr-CA"), variables());
        assertThat(french.subject()).isEqualTo("Bob vous invite");
        assertThat(french.text()).isEqualTo("Lien : " + LINK);
        assertThat(custom.render(MailKind.PASSWORD_RESET, Locale.ENGLISH, variables()).subject()).isEqualTo("Reset");
        assertThat(custom.render(MailKind.PASSWORD_RESET, Locale.GERMAN, variables()).subject()).contains("Neues Passwort");
        assertThat(custom.render(MailKind.INVITATION, Locale.ENGLISH, variables()).subject()).startsWith("Bob invited you");
    }

    @Test
    void aTemplateFromTheClassPathIsReadWithItsThreeParts() {
        MailTemplate bundled = MailTemplate.fromClasspath(getClass().getClassLoader(), "dev/roster/mail/templates/invitation_de");
        assertThat(bundled.subject()).contains("lädt Sie");
        assertThatThrownBy(() -> MailTemplate.fromClasspath(getClass().getClassLoader(), "nowhere/invitation"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere/invitation.subject.mustache");
    }

    @Test
    void aBrokenTemplateFailsWhenTheRendererIsBuiltNamingIt() {
        MustacheMailRenderer.Builder builder = MustacheMailRenderer.builder()
                .template(MailKind.ACCOUNT_SUSPENDED, Locale.ITALIAN, new MailTemplate("ok", "{{#open}} never closed", "<p></p>"));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACCOUNT_SUSPENDED/it");
    }
}
