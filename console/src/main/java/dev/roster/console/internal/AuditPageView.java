package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.audit.AuditPage;
import dev.roster.core.error.ValidationException;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail, newest first, filtered by who acted (an address) and by days (UTC), paged by cursor.
 * Needs the audit permission; a filter that names no member or no date is reported and left off.
 */
public final class AuditPageView {
    private static final int PAGE_SIZE = 50;
    private final Roster roster;

    public AuditPageView(Roster roster) {
        this.roster = roster;
    }

    public Map<String, Object> params(ConsoleRequest request, Actor actor) {
        String by = request.param("by").orElse("").strip();
        String from = request.param("from").orElse("");
        String to = request.param("to").orElse("");
        String problem = null;
        AuditListRequest list = AuditListRequest.latest(PAGE_SIZE);
        if (!by.isEmpty()) {
            Optional<User> who = find(actor, by);
            if (who.isPresent()) {
                list = list.withActor(who.get().id());
            } else {
                problem = "No member has that address; the filter is left off.";
            }
        }
        LocalDate fromDay = Days.parse(from);
        LocalDate toDay = Days.parse(to);
        var withoutPeriod = list;
        if ((!from.isEmpty() && fromDay == null) || (!to.isEmpty() && toDay == null)) {
            problem = "A date reads as year-month-day, from 1970; the filter is left off.";
        } else if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problem = "The period ends before it starts; the filter is left off.";
        } else if (fromDay != null || toDay != null) {
            list = list.withPeriod(fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        AuditPage page;
        try {
            page = roster.audit().list(actor, list.withCursor(request.param("cursor").orElse(null)));
        } catch (ValidationException e) {
            // A position it could not use, or a period Roster refuses (one that ends before it starts): both are left off.
            problem = "The trail started over: its address held a position or a period it could not use.";
            page = roster.audit().list(actor, withoutPeriod);
        }
        Map<UserId, String> names = new HashMap<>();
        List<PersonView.Entry> entries = page.items().stream().map(e -> new PersonView.Entry(PersonPage.when(e.at()), e.action(),
                e.actor() == null ? "the system" : names.computeIfAbsent(e.actor(), id -> address(actor, id)),
                e.targetType() + " " + e.targetId() + (e.details().isEmpty() ? "" : "; " + PersonPage.details(e.details())))).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("by", by);
        filters.put("from", from);
        filters.put("to", to);
        String next = page.nextCursor().map(c -> {
            Map<String, String> p = new LinkedHashMap<>(filters);
            p.put("cursor", c);
            return Links.to(request.base(), "/audit", p);
        }).orElse(null);
        Map<String, Object> params = new HashMap<>();
        params.put("base", request.base());
        params.put("by", by);
        params.put("from", from);
        params.put("to", to);
        params.put("entries", entries);
        params.put("next", next == null ? "" : next);
        params.put("problem", problem == null ? "" : problem);
        return params;
    }

    private Optional<User> find(Actor actor, String email) {
        try {
            return roster.users().findByEmail(actor, email);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private String address(Actor actor, UserId id) {
        try {
            return roster.users().get(actor, id).email().value();
        } catch (RuntimeException e) {
            return id.toString();
        }
    }
}
