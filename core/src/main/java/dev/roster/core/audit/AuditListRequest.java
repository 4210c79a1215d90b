package dev.roster.core.audit;

import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.StorableTime;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.UserId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One page of the audit trail, newest first. Null filters are off; {@code from} inclusive, {@code to} exclusive. */
public record AuditListRequest(
        @StorableTime Instant from,
        @StorableTime Instant to,
        @Size(max = Limits.AUDIT_TARGET_TYPE) @PlainText(TextKind.IDENTIFIER) String targetType,
        @Size(max = Limits.AUDIT_TARGET_ID) @PlainText(TextKind.IDENTIFIER) String targetId,
        UserId actor,
        @Size(max = 512) String cursor,
        @Min(1) @Max(500) int limit) {

    /**
     * The newest entries of the tenant.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static AuditListRequest latest(int limit) {
        return new AuditListRequest(null, null, null, null, null, null, limit);
    }

    /**
     * The entries about one record.
     *
     * @param targetType e.g. {@link AuditActions#TARGET_USER}
     * @param targetId the record's id
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static AuditListRequest forTarget(String targetType, String targetId, int limit) {
        return new AuditListRequest(null, null, targetType, targetId, null, null, limit);
    }

    /**
     * Entries by this actor only.
     *
     * @param value the actor's user id
     * @return the changed request
     */
    public AuditListRequest withActor(UserId value) {
        return new AuditListRequest(from, to, targetType, targetId, value, cursor, limit);
    }

    /**
     * Entries in {@code [from, to)}; either may be null for no bound.
     *
     * @param fromInclusive the first instant
     * @param toExclusive the instant after the last
     * @return the changed request
     */
    public AuditListRequest withPeriod(Instant fromInclusive, Instant toExclusive) {
        return new AuditListRequest(fromInclusive, toExclusive, targetType, targetId, actor, cursor, limit);
    }

    /**
     * The page after the one whose {@code nextCursor} this is.
     *
     * @param value the cursor
     * @return the changed request
     */
    public AuditListRequest withCursor(String value) {
        return new AuditListRequest(from, to, targetType, targetId, actor, value, limit);
    }
}
