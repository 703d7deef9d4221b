package io.newsreaction.reaction;

/**
 * One cohort block's cross-event statistics (DESIGN §7): {@code n} events with an abnormal return,
 * their mean (the CAAR), sample sd, cross-sectional t, the sign test, and over the
 * {@code nStandardized} events with a SAR and more than four model observations the Patell Z and
 * the BMP t. A statistic whose rule does not apply is null.
 */
public record CohortStatistics(
        long n,
        Double meanAbnormalReturn,
        Double sdAbnormalReturn,
        Double tCrossSectional,
        long positive,
        Double signZ,
        long nStandardized,
        Double patellZ,
        Double bmpT) {
}
