package fr.iae.conventioning.followup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When follow-up reports are asked.
 *
 * @param period between two reports, from the convention's first day: an ISO-8601 period ({@code P1Y},
 *     {@code P6M}) or, for demonstrations, a duration ({@code PT10M})
 * @param finalReportAfter for demonstrations only: ask the final report this long after stage 4 begins (and count
 *     the periodic reports from then too) instead of at the convention's end
 */
@ConfigurationProperties("conventioning.follow-up")
public record FollowUpProperties(@DefaultValue("P1Y") String period, Duration finalReportAfter) {}
