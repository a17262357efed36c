package org.backhabit.progress.domain;

/**
 * The pain figures of the dashboard; each average has one decimal and is null when there is no data.
 *
 * @param avgReliefPerSession mean of painBefore - painAfter over the last 28 days' sessions that
 *                            reported both; negative when sessions made the pain worse
 */
public record PainSummary(Double last7DaysAvg, Double last28DaysAvg, Double avgReliefPerSession, PainTrend trend) {
}
