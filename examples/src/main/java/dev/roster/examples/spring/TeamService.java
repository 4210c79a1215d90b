package dev.roster.examples.spring;

import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's own work around Roster, in one transaction: an invitation and the application's note
 * about it commit together, or neither does (and then no mail leaves either).
 */
@Service
public class TeamService {
    private final Roster roster;
    private final JdbcTemplate jdbc;

    TeamService(Roster roster, JdbcTemplate jdbc) {
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /**
     * Invites someone and keeps the inviter's note for the welcome page, in one transaction.
     *
     * @param admin who invites
     * @param email whom
     * @param note the note, at most 200 characters (a longer one fails the whole step)
     * @return the receipt
     */
    @Transactional
    public InvitationReceipt inviteWithNote(Actor admin, String email, String note) {
        InvitationReceipt receipt = roster.invitations().invite(admin, InviteCommand.of(email, null));
        jdbc.update("insert into team_welcome_notes (invitation_id, note) values (?, ?)", receipt.invitation().id().value(), note);
        return receipt;
    }

    /**
     * The note kept for an invitation.
     *
     * @param receipt the invitation's receipt
     * @return how many notes it has (0 or 1)
     */
    public int notesOf(InvitationReceipt receipt) {
        Integer count = jdbc.queryForObject("select count(*) from team_welcome_notes where invitation_id = ?", Integer.class,
                receipt.invitation().id().value());
        return count == null ? 0 : count;
    }
}
