package fr.observatoire.reports.data;

/** The period range the themes of a territory were computed over (empty strings when the job did not say). */
public record ThemePeriods(String from, String to) {

    /** "2024–2025", or one period when both ends are equal. */
    public String label() {
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
            return from.isEmpty() ? to : from;
        }
        return from + "–" + to;
    }
}
