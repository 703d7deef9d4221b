package io.newsreaction.market;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Builds a {@link TradingCalendar} from its configured name. */
public final class TradingCalendars {

    private TradingCalendars() {
    }

    /**
     * The calendar called {@code name} ({@code XNYS} or {@code 24x7}, case-insensitive); holidays and
     * half days apply to XNYS only, and null means the built-in defaults.
     */
    public static TradingCalendar byName(String name, Set<LocalDate> holidays, Set<LocalDate> halfDays) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        switch (key) {
            case "XNYS":
                if (holidays == null && halfDays == null) {
                    return XnysCalendar.withDefaults();
                }
                return new XnysCalendar(
                        holidays == null ? XnysCalendar.defaultHolidays() : holidays,
                        halfDays == null ? XnysCalendar.defaultHalfDays() : halfDays);
            case "24X7":
                return TwentyFourSevenCalendar.instance();
            default:
                throw new IllegalArgumentException("unknown trading calendar: '" + name
                        + "' (expected " + XnysCalendar.NAME + " or " + TwentyFourSevenCalendar.NAME + ")");
        }
    }

    /** The calendar called {@code name} with its built-in configuration. */
    public static TradingCalendar byName(String name) {
        return byName(name, null, null);
    }
}
