package fr.observatoire.ingest.validate;

import fr.observatoire.ingest.schema.ColumnMapping;
import fr.observatoire.ingest.schema.Field;
import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.redact.Redactor;
import java.util.ArrayList;
import java.util.List;

/** The violations of one row, collected as it is validated (all of them, not just the first). */
final class RowProblems {

    private final String file;
    private final Redactor redactor;
    private final int[] ignored = new int[RedactionKind.values().length];
    private ColumnMapping mapping;
    private long line;
    private List<Violation> violations;

    RowProblems(String file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
    }

    void reset(long line, ColumnMapping mapping) {
        this.line = line;
        this.mapping = mapping;
        this.violations = null;
    }

    void add(Field field, String code, String rawValue, String sentence) {
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        String column = field == null || mapping == null ? null : mapping.columnName(field);
        violations.add(new Violation(file, line, column, field == null ? null : field.canonical(), code,
                redactor.redact(rawValue, ignored), redactor.redact(sentence, ignored) + " (line " + line + ")"));
    }

    boolean any() {
        return violations != null;
    }

    List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }
}
