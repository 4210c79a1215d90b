package dev.roster.core.support;

import dev.roster.adapters.inmemory.RecordingMailTransport.Behaviour;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.User;
import java.util.List;
import java.util.Map;

/**
 * Zenobia, a person whose data is spread the way real use spreads it: invited with names and a
 * message (the mail server refused it, quoting her address), accepted, then renamed and given a new
 * address, a phone and an external ID. Erasure tests remove her and look for {@link #TRACES} everywhere.
 */
public final class PersonToErase {
    /** What must be gone once she is removed for good (lower case). */
    public static final List<String> TRACES = List.of("zenobia", "quartermaine", "zq@acme.example", "+44 1234", "crm-zen",
            "secret handshake");

    private PersonToErase() {
    }

    public static User create(Fixture f) {
        InvitationReceipt invited = f.roster.invitations().invite(f.adminActor, new InviteCommand("zenobia@acme.example", null, null,
                null, "Secret handshake inside", new InviteeFields("Zenobia", "Quartermaine", null, null)));
        f.mail.behave(Behaviour.REFUSE_FOR_GOOD);
        f.roster.outbox().dispatch();
        f.mail.behave(Behaviour.ACCEPT);
        User zen = f.roster.invitees().accept(f.tenant, invited.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        return f.roster.users().editProfile(f.adminActor, new EditProfileCommand(zen.id(), zen.version(), "zq@acme.example",
                ProfileFields.named("Zenobia", "Quartermaine-Smith").withPhone("+44 1234").withExternalId("crm-zen"),
                Map.of("nickname", "Zen")));
    }
}
