package fr.observatoire.vocabulary;

/**
 * Population bands used as denominators. Each names the column of the reference population table
 * (INSEE estimations de population by département) that holds it.
 */
public enum AgeBand {
    TOTAL("pop_totale", "population totale"),
    AGE_0_19("pop_0_19", "population de 0 à 19 ans"),
    AGE_20_59("pop_20_59", "population de 20 à 59 ans"),
    AGE_60_PLUS("pop_60_plus", "population de 60 ans ou plus"),
    AGE_75_PLUS("pop_75_plus", "population de 75 ans ou plus");

    private final String column;
    private final String label;

    AgeBand(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** Column of {@code reference/population} holding this band. */
    public String column() { return column; }
    public String label() { return label; }
}
