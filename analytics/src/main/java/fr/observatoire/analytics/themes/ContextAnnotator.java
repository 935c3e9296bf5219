package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.engine.RowAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keyword in context: for rows whose last three columns are {@code text, start_offset, end_offset}, emits the
 * other columns followed by {@code left_context, keyword, right_context}: about {@link #WIDTH} characters each
 * side, cut at a word boundary, line breaks and runs of spaces made single spaces.
 */
final class ContextAnnotator implements RowAnnotator {

    private static final long serialVersionUID = 1L;

    /** Characters of context on each side, before cutting back to a word boundary. */
    static final int WIDTH = 60;

    @Override
    public Worker open() {
        return (row, out) -> emit(row, out);
    }

    private static void emit(List<Object> row, Consumer<List<Object>> out) {
        int n = row.size();
        String text = (String) row.get(n - 3);
        int start = (Integer) row.get(n - 2);
        int end = (Integer) row.get(n - 1);
        List<Object> values = new ArrayList<>(row.subList(0, n - 3));
        values.add(left(text, start));
        values.add(text.substring(start, end));
        values.add(right(text, end));
        out.accept(values);
    }

    /** Up to WIDTH characters before {@code start}, starting at a word boundary. */
    static String left(String text, int start) {
        int from = Math.max(0, start - WIDTH);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            while (from < start && !Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        return tidy(text.substring(from, start));
    }

    /** Up to WIDTH characters after {@code end}, ending at a word boundary. */
    static String right(String text, int end) {
        int to = Math.min(text.length(), end + WIDTH);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            while (to > end && !Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        return tidy(text.substring(end, to));
    }

    private static String tidy(String context) {
        return context.replaceAll("\\s+", " ").strip();
    }
}
