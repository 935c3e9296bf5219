package fr.observatoire.ingest.validate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Observation dates as contributors write them: {@code dd/MM/yyyy} and {@code d/M/yyyy} (also with {@code -} or
 * {@code .}), {@code yyyy-MM-dd}, ISO date-times (the date part is kept), and Excel serial dates in XLSX files.
 * Impossible dates (31/02/2024) are not dates.
 */
final class Dates {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private Dates() {
    }

    /** The date, or null when {@code raw} is not one. */
    static LocalDate parse(String raw, boolean excelSerial) {
        int n = raw.length();
        if (n >= 10 && isDigit(raw, 0, 4) && raw.charAt(4) == '-' && isDigit(raw, 5, 7) && raw.charAt(7) == '-'
                && isDigit(raw, 8, 10)) {
            if (n > 10 && raw.charAt(10) != 'T' && raw.charAt(10) != ' ') {
                return null;
            }
            return of(number(raw, 0, 4), number(raw, 5, 7), number(raw, 8, 10));
        }
        int first = 0;
        while (first < n && isDigit(raw.charAt(first))) {
            first++;
        }
        if (first == n) {
            return excelSerial && n <= 6 && n > 0 ? serial(Integer.parseInt(raw)) : null;
        }
        if (excelSerial && first > 0 && raw.charAt(first) == '.' && first + 1 < n && isDigit(raw, first + 1, n)) {
            return n <= 20 && first <= 6 ? serial(Integer.parseInt(raw.substring(0, first))) : null;
        }
        if (first < 1 || first > 2) {
            return null;
        }
        char separator = raw.charAt(first);
        if (separator != '/' && separator != '-' && separator != '.') {
            return null;
        }
        int second = first + 1;
        while (second < n && isDigit(raw.charAt(second))) {
            second++;
        }
        if (second - first - 1 < 1 || second - first - 1 > 2 || second >= n || raw.charAt(second) != separator) {
            return null;
        }
        int yearStart = second + 1;
        int yearEnd = yearStart;
        while (yearEnd < n && isDigit(raw.charAt(yearEnd))) {
            yearEnd++;
        }
        if (yearEnd - yearStart != 4) {
            return null;
        }
        if (yearEnd < n && raw.charAt(yearEnd) != ' ' && raw.charAt(yearEnd) != 'T') {
            return null;
        }
        return of(number(raw, yearStart, yearEnd), number(raw, first + 1, second), number(raw, 0, first));
    }

    private static LocalDate serial(int days) {
        if (days < 1 || days > 2_958_465) {
            return null;
        }
        return EXCEL_EPOCH.plusDays(days);
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }
}
