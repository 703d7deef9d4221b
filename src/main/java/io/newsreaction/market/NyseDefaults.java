package io.newsreaction.market;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Built-in NYSE full closures and 13:00 early closes for 2024–2027, as published by NYSE Group
 * (announcements of 2021-12-27, 2024-11-08 and 2025-12-23). Dates outside these years are
 * configuration; weekdays there count as normal sessions.
 */
final class NyseDefaults {

    private static final String[] HOLIDAYS = {
        // 2024
        "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19",
        "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25",
        // 2025: 01-09 is the National Day of Mourning for President Carter (unscheduled closure)
        "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
        "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25",
        // 2026: Independence Day observed on Friday 07-03
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19",
        "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25",
        // 2027: Juneteenth observed 06-18, Independence Day observed 07-05, Christmas observed 12-24.
        // New Year 2028 falls on a Saturday and is not observed (NYSE Rule 7.2): 2027-12-31 is open.
        "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18",
        "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24",
    };

    // 2026 has no early close before Independence Day (the holiday itself moves to Friday 07-03);
    // 2027 has none before Independence Day (holiday on Monday) and none on Christmas Eve (a holiday).
    private static final String[] HALF_DAYS = {
        "2024-07-03", "2024-11-29", "2024-12-24",
        "2025-07-03", "2025-11-28", "2025-12-24",
        "2026-11-27", "2026-12-24",
        "2027-11-26",
    };

    private NyseDefaults() {
    }

    static Set<LocalDate> holidays() {
        return parse(HOLIDAYS);
    }

    static Set<LocalDate> halfDays() {
        return parse(HALF_DAYS);
    }

    private static Set<LocalDate> parse(String[] dates) {
        Set<LocalDate> result = new TreeSet<>();
        for (String date : dates) {
            result.add(LocalDate.parse(date));
        }
        return Set.copyOf(result);
    }
}
