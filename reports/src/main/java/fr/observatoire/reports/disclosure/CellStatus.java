package fr.observatoire.reports.disclosure;

/** Why a cell of a published table is shown or hidden. */
public enum CellStatus {
    /** Shown as is. */
    PUBLISHED,
    /** Hidden because its count is below the threshold (primary suppression). */
    PRIMARY,
    /** Hidden so that a primary cell cannot be recovered from its row or column total (secondary suppression). */
    SECONDARY,
    /**
     * Hidden so that it cannot be recovered across nested territories (a parent's published count minus the
     * published counts of all but one of its sub-territories); never given back.
     */
    NESTED;

    public boolean hidden() { return this != PUBLISHED; }
}
