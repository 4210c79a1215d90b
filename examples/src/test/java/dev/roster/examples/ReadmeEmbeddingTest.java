package dev.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationPreview;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.OutboxWorker;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's snippets are this code: they compile, run, and the README quotes them exactly. */
class ReadmeEmbeddingTest {

    @Test
    void theSnippetRuns() throws InterruptedException {
        RecordingMailTransport myTransport = new RecordingMailTransport();
        SealingKey mySealingKey = SealingKey.generate("k1");
        Policy myPolicy = policyFromScratch();
        LifecycleHooks myHooks = LifecycleHooks.NONE;

        // README embedding: begin
        Roster roster = Roster.builder()
                .store(new InMemoryRosterStore())          // any RosterStore that passes roster-spi-tck
                .mail(MailSettings.builder()               // mail goes through the store's outbox
                        .renderer(MustacheMailRenderer.withDefaults())   // roster-mail-templates
                        .transport(myTransport)            // SMTP from roster-adapters-smtp, or your own
                        .from(TenantMail.of("Acme Chat", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                        .sealingKey(mySealingKey)          // seals link tokens while they wait; same on every instance
                        .build())
                .clock(Clock.systemUTC())                  // injected, so tests can move time
                .policy(myPolicy)                          // every product difference, as data
                .hooks(myHooks)                            // optional: delete or reassign a user's content
                .invitationLink("https://app.example.com/t/{tenant}/invite?token={token}")
                .build();
        OutboxWorker mailWorker = roster.outbox().startWorker();   // sends what is queued; roster.close() stops it

        TenantId acme = TenantId.of("acme");
        User ada = roster.tenants().bootstrap(TenantBootstrap.of(acme, "Acme", "ada@acme.example")
                .withAdminProfile(ProfileFields.named("Ada", "Lovelace")));
        Actor admin = Actor.user(acme, ada.id());

        InvitationReceipt sent = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));
        String tokenFromTheLink = sent.token().reveal();   // what the link in the mail carries
        // The invitation page: preview only reads; accepting is an explicit second call.
        InvitationPreview preview = roster.invitees().preview(acme, tokenFromTheLink); // details only while open
        User grace = roster.invitees().accept(acme, tokenFromTheLink, AcceptCommand.of(ProfileFields.named("Grace", "Hopper")));

        boolean canChat = roster.permissions().check(acme, grace.id(), Permission.of("chat.use"));
        // README embedding: end

        assertThat(preview.details().orElseThrow().inviterName()).isEqualTo("Ada Lovelace");
        assertThat(grace.profile().displayName()).isEqualTo("Grace Hopper");
        assertThat(canChat).isTrue();
        assertThat(sent.mail()).isEqualTo(MailDelivery.QUEUED);
        roster.close();
        assertThat(mailWorker.isRunning()).isFalse();
    }

    /** The README's policy written from scratch. */
    static Policy policyFromScratch() {
        // README policy: begin
        Permission manage = Permission.of("users.manage");
        Permission chat = Permission.of("chat.use");
        Policy policy = Policy.builder()
                .permissions(Set.of(manage, chat)).adminPermission(manage)    // holding users.manage makes an admin
                .role(RoleDefinition.of("owner", "Owner", Set.of(manage, chat)))
                .role(RoleDefinition.of("member", "Member", Set.of(chat)).withOverridable(Set.of(chat)))
                .defaultRole(RoleId.of("member")).roleCardinality(RoleCardinality.EXACTLY_ONE)
                .invitationExpiry(Duration.ofDays(3))
                .deletion(DeletionMode.SOFT, Duration.ofDays(14))
                .build();                                                     // checked here: PolicyException lists every problem
        // README policy: end
        return policy;
    }

    @Test
    void theReadmeQuotesTheSnippetsExactly() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/roster/examples/ReadmeEmbeddingTest.java"));
        for (String name : List.of("embedding", "policy")) {
            List<String> snippet = source.subList(indexOf(source, "// README " + name + ": begin") + 1,
                    indexOf(source, "// README " + name + ": end")).stream()
                    .map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList();
            assertThat(readme).as(name).contains("```java\n" + String.join("\n", snippet) + "\n```");
        }
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no marker " + marker);
    }
}
