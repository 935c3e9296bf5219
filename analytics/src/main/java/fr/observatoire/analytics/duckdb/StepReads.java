package fr.observatoire.analytics.duckdb;

import fr.observatoire.analytics.engine.Step;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often the later steps of a job read a step's view: the name as a whole identifier in their SQL. */
final class StepReads {

    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");

    private StepReads() {
    }

    /**
     * True when step {@code index} is not the last one and the later steps name its view exactly once in all (a
     * CTE or a self-join naming it twice, or two steps naming it, read it more than once).
     */
    static boolean readOnceLater(List<Step> steps, int index) {
        if (index >= steps.size() - 1) {
            return false;
        }
        String view = steps.get(index).view();
        int reads = 0;
        for (Step later : steps.subList(index + 1, steps.size())) {
            reads += occurrences(view, later.sql());
        }
        return reads == 1;
    }

    /** Occurrences of {@code view} as an identifier in {@code sql}, comments and string literals left out. */
    static int occurrences(String view, String sql) {
        String code = QUOTED.matcher(LINE_COMMENT.matcher(sql).replaceAll(" ")).replaceAll("''");
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_\"])\"?" + Pattern.quote(view) + "\"?(?![A-Za-z0-9_])")
                .matcher(code);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
