package io.newsreaction.topology;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.data.InputLimits;

/**
 * Checks input records before they can reach a reaction store, including the size and syntax rules
 * of {@link InputLimits}; the message is the DLQ reason.
 */
final class InputValidator {
    private InputValidator() {
    }

    static Tick tick(String key, Tick tick) {
        if (tick == null) {
            throw new InvalidRecordException("tick value is missing");
        }
        if (tick.getSymbol() == null || tick.getSymbol().isBlank()) {
            throw new InvalidRecordException("tick symbol is missing");
        }
        String violation = InputLimits.tickViolation(tick);
        if (violation != null) {
            throw new InvalidRecordException(violation);
        }
        double price = tick.getPrice();
        if (Double.isNaN(price) || Double.isInfinite(price) || price <= 0) {
            throw new InvalidRecordException("tick price must be a positive finite number: " + price);
        }
        if (tick.getSize() < 0) {
            throw new InvalidRecordException("tick size must not be negative: " + tick.getSize());
        }
        if (tick.getTs() == null || tick.getTs().toEpochMilli() <= 0) {
            throw new InvalidRecordException("tick ts must be positive: " + tick.getTs());
        }
        return tick;
    }

    static Headline headline(String key, Headline headline) {
        if (headline == null) {
            throw new InvalidRecordException("headline value is missing");
        }
        if (headline.getId() == null || headline.getId().isBlank()) {
            throw new InvalidRecordException("headline id is empty");
        }
        if (headline.getTitle() == null || headline.getTitle().isBlank()) {
            throw new InvalidRecordException("headline title is empty");
        }
        if (headline.getPublishedAt() == null || headline.getPublishedAt().toEpochMilli() <= 0) {
            throw new InvalidRecordException("headline publishedAt must be positive: " + headline.getPublishedAt());
        }
        String violation = InputLimits.headlineViolation(headline);
        if (violation != null) {
            throw new InvalidRecordException(violation);
        }
        return headline;
    }
}
