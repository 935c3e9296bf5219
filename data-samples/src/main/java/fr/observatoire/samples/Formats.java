package fr.observatoire.samples;

import java.time.LocalDate;
import java.util.List;

/** Fast, allocation-light rendering of dates and numbers as contributors write them. */
final class Formats {

    /** Impossible dates in French notation; the ISO list says the same at the same index. */
    static final List<String> BAD_DATES_FR = List.of("31/02/2024", "30/02/2023", "31/04/2025", "32/01/2023",
            "29/02/2023", "01/13/2024");
    static final List<String> BAD_DATES_ISO = List.of("2024-13-01", "2023-02-30", "2025-04-31", "2023-01-32",
            "2023-02-29", "2022-00-10");

    /** Days between Excel's epoch (1899-12-30, counting its 1900 leap-year bug) and 1970-01-01. */
    static final long EXCEL_EPOCH_OFFSET = 25569;

    private Formats() {
    }

    static void french(StringBuilder out, LocalDate date) {
        two(out, date.getDayOfMonth());
        out.append('/');
        two(out, date.getMonthValue());
        out.append('/').append(date.getYear());
    }

    static void iso(StringBuilder out, LocalDate date) {
        out.append(date.getYear()).append('-');
        two(out, date.getMonthValue());
        out.append('-');
        two(out, date.getDayOfMonth());
    }

    /** ISO date-time at the given second of the day, with the Paris offset of the season ("+01:00" / "+02:00"). */
    static void isoDateTime(StringBuilder out, LocalDate date, int second, boolean withOffset) {
        iso(out, date);
        out.append('T');
        two(out, second / 3600);
        out.append(':');
        two(out, second / 60 % 60);
        out.append(':');
        two(out, second % 60);
        if (withOffset) {
            int month = date.getMonthValue();
            out.append(month >= 4 && month <= 10 ? "+02:00" : "+01:00");
        }
    }

    static long excelSerial(LocalDate date) {
        return date.toEpochDay() + EXCEL_EPOCH_OFFSET;
    }

    static void two(StringBuilder out, int n) {
        if (n < 10) {
            out.append('0');
        }
        out.append(n);
    }
}
