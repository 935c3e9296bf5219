package fr.observatoire.samples;

/** Renders one field of a row as the text a CSV cell holds; appends nothing for a blank value. */
final class Cells {

    private Cells() {
    }

    static void text(StringBuilder out, Field field, Row row, Batch batch, boolean isoDates, boolean decimalComma) {
        switch (field) {
            case ID -> out.append(row.id());
            case DATE -> date(out, row, isoDates);
            case COMMUNE -> out.append(row.commune());
            case DEPARTEMENT -> out.append(row.departement());
            case SOURCE_GROUP -> out.append(row.sourceGroup());
            case CONTRIBUTOR -> out.append(row.contributor());
            case PUBLIC -> out.append(row.publicValue());
            case DOMAIN -> out.append(row.domain());
            case KIND -> out.append(row.kind());
            case PERSONS -> {
                if (row.persons() != null) {
                    out.append(row.persons().intValue());
                    if (decimalComma && (row.line() * 2654435761L & 0xFFFF) % 20 == 0) {
                        out.append(",0");
                    }
                }
            }
            case SEVERITY -> {
                if (row.severity() != null) {
                    out.append(row.severity().intValue());
                }
            }
            case WAITING_DAYS -> {
                if (row.waitingDays() != null) {
                    out.append(row.waitingDays().intValue());
                }
            }
            case TEXT -> {
                if (row.text() != null) {
                    out.append(row.text());
                }
            }
            case FORM_VERSION -> out.append(row.formVersion());
            case KOBO_START -> Formats.isoDateTime(out, row.date(), Math.max(0, row.submitted() - 900), true);
            case KOBO_END -> Formats.isoDateTime(out, row.date(), row.submitted(), true);
            case KOBO_ID -> out.append(180_000_000L + batch.index() * 100_000L + row.line());
            case KOBO_UUID -> uuid(out, batch.seed(), row.line());
            case KOBO_SUBMISSION_TIME -> Formats.isoDateTime(out, row.date(), row.submitted() + 60, false);
            case KOBO_VALIDATION, KOBO_SUBMITTED_BY -> { }
            case KOBO_STATUS -> out.append("submitted_via_web");
            case KOBO_VERSION -> out.append(row.formVersion());
            case KOBO_INDEX -> out.append(row.line());
        }
    }

    static void date(StringBuilder out, Row row, boolean iso) {
        if (row.badDate() == -2) {
            return;
        }
        if (row.badDate() >= 0) {
            out.append((iso ? Formats.BAD_DATES_ISO : Formats.BAD_DATES_FR).get(row.badDate()));
        } else if (iso) {
            Formats.iso(out, row.date());
        } else {
            Formats.french(out, row.date());
        }
    }

    /** A version-4-looking UUID derived from the batch seed and the line: stable across runs. */
    static void uuid(StringBuilder out, long seed, long line) {
        long high = mix(seed ^ (line * 0x9E3779B97F4A7C15L));
        long low = mix(high + line);
        high = (high & ~0xF000L) | 0x4000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        out.append(new java.util.UUID(high, low));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
