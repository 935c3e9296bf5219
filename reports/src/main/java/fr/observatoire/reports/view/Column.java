package fr.observatoire.reports.view;

/** A column of a published table: its label and whether it holds numbers (right-aligned, sorted as numbers). */
public record Column(String label, boolean numeric) {

    public static Column text(String label) { return new Column(label, false); }

    public static Column number(String label) { return new Column(label, true); }
}
