package dev.roster.core.stateful;

import static dev.roster.spi.tck.Outcomes.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of invite, resend, revoke, accept, decline and time passing, run against Roster
 * and against a small reference model; after every step the two must agree.
 */
class InvitationLifecycleProperties {
    private static final List<String> EMAILS = List.of("a@acme.example", "b@acme.example", "c@acme.example");

    @Property(tries = 60)
    void invitationsBehaveLikeTheModel(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("system equals model", World::checkAgainstModel).run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        ActionChainArbitrary<World> chains = ActionChain.startWith(World::new)
                .withAction(3, new Invite())
                .withAction(2, new Accept())
                .withAction(1, new Decline())
                .withAction(1, new Revoke())
                .withAction(1, new Resend())
                .withAction(1, new PassTime());
        return chains.withMaxTransformations(25);
    }

    /** Roster plus the model: what each invitation should be, and which tokens work. */
    static final class World {
        final Fixture f = new Fixture();
        final Map<InvitationId, ModelInvitation> invitations = new java.util.LinkedHashMap<>();
        final Set<String> members = new HashSet<>();
        final Set<String> acceptedTokens = new HashSet<>();

        Instant now() {
            return f.clock.instant();
        }

        /** What acting on {@code m} now must give: success while pending, else why not. */
        ErrorCode expectedOutcome(ModelInvitation m) {
            InvitationStatus status = modelStatus(m);
            if (status == InvitationStatus.EXPIRED && m.status == InvitationStatus.PENDING) {
                return ErrorCode.INVITATION_EXPIRED;
            }
            return status == InvitationStatus.PENDING ? null : ErrorCode.INVALID_TRANSITION;
        }

        InvitationStatus modelStatus(ModelInvitation m) {
            return m.status == InvitationStatus.PENDING && m.expiresAt != null && !now().isBefore(m.expiresAt)
                    ? InvitationStatus.EXPIRED : m.status;
        }

        void checkAgainstModel() {
            long pending = invitations.values().stream().filter(m -> modelStatus(m) == InvitationStatus.PENDING).count();
            assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(pending);
            for (ModelInvitation m : invitations.values()) {
                Invitation stored = f.roster.invitations().get(f.adminActor, m.id);
                assertThat(stored.statusAt(now())).as(m.email).isEqualTo(modelStatus(m));
            }
            for (String email : EMAILS) {
                long open = f.roster.directory().listInvitations(f.adminActor,
                        new InvitationListRequest(Set.of(InvitationStatus.PENDING), email, null, 50)).items().size();
                assertThat(open).as("pending invitations for " + email).isLessThanOrEqualTo(1);
            }
            assertThat(f.roster.directory().tabCounts(f.adminActor).members()).isEqualTo(1 + members.size());
            assertThat(f.roster.directory().statCards(f.adminActor).active()).isPositive();
        }

        /** The invitation at this position in creation order (wrapping), so replays find the same one. */
        ModelInvitation byPosition(int i) {
            List<ModelInvitation> all = new ArrayList<>(invitations.values());
            return all.get(i % all.size());
        }
    }

    static final class ModelInvitation {
        final InvitationId id;
        final String email;
        InvitationStatus status = InvitationStatus.PENDING;
        Instant expiresAt;
        String token;
        final List<String> oldTokens = new ArrayList<>();

        ModelInvitation(InvitationId id, String email, Instant expiresAt, String token) {
            this.id = id;
            this.email = email;
            this.expiresAt = expiresAt;
            this.token = token;
        }
    }

    static final class Invite implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(EMAILS).map(email -> Transformer.mutate("invite " + email, w -> {
                ModelInvitation open = w.invitations.values().stream()
                        .filter(m -> m.email.equals(email) && m.status == InvitationStatus.PENDING).findFirst().orElse(null);
                InvitationReceipt[] receipt = new InvitationReceipt[1];
                ErrorCode code = attempt(() -> receipt[0] = w.f.invite(email));
                if (w.members.contains(email)) {
                    assertThat(code).isEqualTo(ErrorCode.ALREADY_MEMBER);
                } else if (open != null && w.modelStatus(open) == InvitationStatus.PENDING) {
                    assertThat(code).isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
                } else {
                    assertThat(code).isNull();
                    if (open != null) {
                        open.status = InvitationStatus.EXPIRED;
                    }
                    Invitation made = receipt[0].invitation();
                    w.invitations.put(made.id(), new ModelInvitation(made.id(), email, w.now().plus(Duration.ofDays(7)),
                            receipt[0].token().reveal()));
                }
            }));
        }
    }

    /** Uses the current token, or on purpose an old one from before a resend. */
    abstract static class ByToken implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.invitations.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            // Pick by position and look up when the step runs: a replayed chain has a fresh world.
            return Arbitraries.integers().between(0, w.invitations.size() - 1).flatMap(i -> Arbitraries.integers().between(0, 3)
                    .map(t -> Transformer.mutate(name() + " invitation#" + i + " token#" + t, world -> {
                        ModelInvitation m = world.byPosition(i);
                        List<String> tokens = new ArrayList<>(m.oldTokens);
                        tokens.add(m.token);
                        apply(world, m, tokens.get(Math.min(t, tokens.size() - 1)));
                    })));
        }

        abstract String name();

        abstract void apply(World w, ModelInvitation m, String token);

        /** By token, every link that cannot be used gives one answer, whatever the reason. */
        static ErrorCode expectedForToken(World w, ModelInvitation m, String token) {
            return token.equals(m.token) && w.expectedOutcome(m) == null ? null : ErrorCode.TOKEN_INVALID;
        }
    }

    static final class Accept extends ByToken {
        @Override
        String name() {
            return "accept";
        }

        @Override
        void apply(World w, ModelInvitation m, String token) {
            ErrorCode expected = expectedForToken(w, m, token);
            if (expected == null && w.members.contains(m.email)) {
                expected = ErrorCode.ALREADY_MEMBER;
            }
            boolean overdue = token.equals(m.token) && w.expectedOutcome(m) == ErrorCode.INVITATION_EXPIRED;
            ErrorCode code = attempt(() -> w.f.roster.invitees().accept(w.f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY)));
            assertThat(code).isEqualTo(expected);
            if (code == null) {
                assertThat(w.acceptedTokens.add(token)).as("a token is accepted once").isTrue();
                m.status = InvitationStatus.ACCEPTED;
                w.members.add(m.email);
            } else if (overdue) {
                m.status = InvitationStatus.EXPIRED; // stored as expired on this touch
            }
        }
    }

    static final class Decline extends ByToken {
        @Override
        String name() {
            return "decline";
        }

        @Override
        void apply(World w, ModelInvitation m, String token) {
            ErrorCode expected = expectedForToken(w, m, token);
            boolean overdue = token.equals(m.token) && w.expectedOutcome(m) == ErrorCode.INVITATION_EXPIRED;
            ErrorCode code = attempt(() -> w.f.roster.invitees().decline(w.f.tenant, token));
            assertThat(code).isEqualTo(expected);
            if (code == null) {
                m.status = InvitationStatus.DECLINED;
            } else if (overdue) {
                m.status = InvitationStatus.EXPIRED; // stored as expired on this touch
            }
        }
    }

    /** Admin actions by invitation id. */
    abstract static class ById implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.invitations.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Arbitraries.integers().between(0, w.invitations.size() - 1)
                    .map(i -> Transformer.mutate(name() + " invitation#" + i, world -> apply(world, world.byPosition(i))));
        }

        abstract String name();

        abstract void apply(World w, ModelInvitation m);
    }

    static final class Revoke extends ById {
        @Override
        String name() {
            return "revoke";
        }

        @Override
        void apply(World w, ModelInvitation m) {
            ErrorCode code = attempt(() -> w.f.roster.invitations().revoke(w.f.adminActor, m.id));
            assertThat(code).isEqualTo(w.expectedOutcome(m));
            if (code == null) {
                m.status = InvitationStatus.REVOKED;
            }
        }
    }

    static final class Resend extends ById {
        @Override
        String name() {
            return "resend";
        }

        @Override
        void apply(World w, ModelInvitation m) {
            InvitationReceipt[] receipt = new InvitationReceipt[1];
            ErrorCode code = attempt(() -> receipt[0] = w.f.roster.invitations().resend(w.f.adminActor, m.id));
            assertThat(code).isEqualTo(w.expectedOutcome(m));
            if (code == null) {
                m.oldTokens.add(m.token);
                m.token = receipt[0].token().reveal();
                m.expiresAt = w.now().plus(Duration.ofDays(7));
            }
        }
    }

    static final class PassTime implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers().between(0, 9).map(days -> Transformer.mutate("wait " + days + " days",
                    w -> w.f.clock.advance(Duration.ofDays(days))));
        }
    }
}
