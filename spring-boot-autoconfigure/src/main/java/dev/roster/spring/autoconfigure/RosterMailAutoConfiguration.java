package dev.roster.spring.autoconfigure;

import dev.roster.adapters.smtp.SmtpMailTransport;
import dev.roster.adapters.smtp.SmtpSecurity;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailRenderer;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.model.EmailAddress;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Roster's mail, on when {@code roster.mail.from} is set: the SMTP adapter on the server of
 * {@code roster.mail.*} (else Spring's {@code spring.mail.*}), Roster's own templates, and the sealing key.
 * The application's {@link MailTransport}, {@link MailRenderer}, {@link DeliveryPolicy} or whole
 * {@link MailSettings} beans take the place of Roster's.
 */
@AutoConfiguration(before = RosterAutoConfiguration.class)
@ConditionalOnProperty(prefix = "roster.mail", name = "from")
@EnableConfigurationProperties(RosterProperties.class)
public class RosterMailAutoConfiguration {

    /** The settings the outbox sends with; a start without a sealing key or a transport stops with what to add. */
    @Bean
    @ConditionalOnMissingBean
    MailSettings rosterMailSettings(RosterProperties properties, ObjectProvider<MailTransport> transport, ObjectProvider<MailRenderer> renderer,
            ObjectProvider<DeliveryPolicy> delivery) {
        RosterProperties.Mail mail = properties.mail();
        MailTransport chosen = transport.getIfUnique();
        if (chosen == null) {
            throw new IllegalStateException("roster.mail.from is set, but there is no mail transport: add roster-adapters-smtp and set "
                    + "roster.mail.host (or spring.mail.host), or define a dev.roster.spi.mail.MailTransport bean");
        }
        if (mail.sealingKey() == null || mail.sealingKey().isBlank()) {
            throw new IllegalStateException("roster.mail.from is set, but roster.mail.sealing-key is not: it seals the links' tokens in the "
                    + "outbox and must be the same on every instance. Make one with SealingKey.generate(\"k1\").toBase64() and keep it "
                    + "with your other secrets");
        }
        if (properties.invitationLink() == null || properties.invitationLink().isBlank()) {
            throw new IllegalStateException("roster.mail.from is set, but roster.invitation-link is not: set it to the page of your "
                    + "application that opens an invitation, with {token} in it (https://app.example.com/invite?token={token})");
        }
        SealingKey key = sealingKey("roster.mail.sealing-key", mail.sealingKeyId(), mail.sealingKey());
        Map<String, String> retired = mail.retiredSealingKeys() == null ? Map.of() : mail.retiredSealingKeys();
        SealingKey[] older = retired.entrySet().stream()
                .map(e -> sealingKey("roster.mail.retired-sealing-keys." + e.getKey(), e.getKey(), e.getValue())).toArray(SealingKey[]::new);
        String product = mail.productName() != null ? mail.productName() : mail.fromName() != null ? mail.fromName() : "Roster";
        MailSender sender = new MailSender(mail.fromName() != null ? mail.fromName() : product, EmailAddress.of(mail.from()));
        TenantMail from = TenantMail.of(product, sender);
        if (mail.replyTo() != null) {
            from = new TenantMail(product, sender, EmailAddress.of(mail.replyTo()), from.supportAddress(), from.locale(), from.zone());
        }
        if (mail.supportAddress() != null) {
            from = from.withSupportAddress(mail.supportAddress());
        }
        return MailSettings.builder().transport(chosen).renderer(renderer.getIfUnique(RosterMailAutoConfiguration::defaultRenderer))
                .from(from).sealingKey(key, older).delivery(delivery.getIfUnique(DeliveryPolicy::defaults)).build();
    }

    /** The key, or a failure that names the property and never repeats the value. */
    private static SealingKey sealingKey(String property, String id, String base64) {
        try {
            return SealingKey.fromBase64(id, base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not a sealing key: it must be 32 bytes, Base64-encoded "
                    + "(SealingKey.generate(\"k1\").toBase64() makes one)");
        }
    }

    private static MailRenderer defaultRenderer() {
        try {
            return MustacheMailRenderer.withDefaults();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("roster.mail.from is set, but there are no mail templates: add roster-mail-templates, or "
                    + "define a dev.roster.spi.mail.MailRenderer bean", e);
        }
    }

    /** The SMTP adapter, on the server {@code roster.mail.*} or {@code spring.mail.*} names. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SmtpMailTransport.class)
    static class Smtp {
        @Bean
        @ConditionalOnMissingBean
        MailTransport rosterMailTransport(RosterProperties properties, Environment environment) {
            RosterProperties.Mail mail = properties.mail();
            String host = mail.host() != null ? mail.host() : environment.getProperty("spring.mail.host");
            if (host == null || host.isBlank()) {
                throw new IllegalStateException("roster.mail.from is set, but no mail server is: set roster.mail.host (or spring.mail.host), "
                        + "or define a dev.roster.spi.mail.MailTransport bean");
            }
            SmtpMailTransport.Builder smtp = SmtpMailTransport.builder().host(host).security(security(mail, environment));
            Integer port = mail.port() != null ? mail.port() : environment.getProperty("spring.mail.port", Integer.class);
            if (port != null) {
                smtp.port(port);
            }
            String user = mail.username() != null ? mail.username() : environment.getProperty("spring.mail.username");
            if (user != null) {
                String password = mail.password() != null ? mail.password() : environment.getProperty("spring.mail.password", "");
                smtp.credentials(user, password);
            }
            return smtp.build();
        }

        /** roster.mail.security; else TLS where Spring's mail settings ask for SMTPS; else STARTTLS: never plain text unless asked. */
        private static SmtpSecurity security(RosterProperties.Mail mail, Environment environment) {
            if (mail.security() != null) {
                return SmtpSecurity.valueOf(mail.security().name());
            }
            if (mail.host() == null && environment.getProperty("spring.mail.host") != null) {
                Map<String, String> javaMail = Binder.get(environment).bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of());
                if ("smtps".equalsIgnoreCase(environment.getProperty("spring.mail.protocol", ""))
                        || Boolean.parseBoolean(javaMail.getOrDefault("mail.smtp.ssl.enable", "false"))) {
                    return SmtpSecurity.TLS;
                }
            }
            return SmtpSecurity.STARTTLS;
        }
    }

    /** Roster's own templates, unless the application has its own renderer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MustacheMailRenderer.class)
    static class Templates {
        @Bean
        @ConditionalOnMissingBean
        MailRenderer rosterMailRenderer() {
            return MustacheMailRenderer.withDefaults();
        }
    }
}
