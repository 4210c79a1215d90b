package dev.roster.core.query;

import dev.roster.spi.model.InvitationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The four onboarding cards.
 *
 * <ul>
 *   <li>{@code invited}: invitations ever created in the tenant, whatever their status (a resend
 *       is not a new invitation);</li>
 *   <li>{@code completed}: invitations accepted;</li>
 *   <li>{@code pending}: invitations still open and not past their expiry;</li>
 *   <li>{@code completionRate}: completed / invited as a percentage, rounded half-up to one
 *       decimal; 0.0 when nobody has been invited (then {@code invited} is 0 too, so a screen can
 *       show "no data" instead).</li>
 * </ul>
 * Declined, expired and revoked invitations count in {@code invited} only.
 */
public record OnboardingKpis(long invited, long completed, long pending, BigDecimal completionRate) {

    /**
     * The KPIs from invitation counts by status as of now.
     *
     * @param byStatus how many invitations have each status
     * @return the KPIs
     */
    public static OnboardingKpis from(Map<InvitationStatus, Long> byStatus) {
        long invited = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long completed = byStatus.getOrDefault(InvitationStatus.ACCEPTED, 0L);
        long pending = byStatus.getOrDefault(InvitationStatus.PENDING, 0L);
        BigDecimal rate = invited == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
        return new OnboardingKpis(invited, completed, pending, rate);
    }
}
