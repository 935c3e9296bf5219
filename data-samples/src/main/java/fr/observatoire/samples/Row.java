package fr.observatoire.samples;

import java.time.LocalDate;
import java.util.Set;

/**
 * One observation as a contributor wrote it, before a format renders it. Vocabulary values are already spelled as
 * the batch spells them; an empty string is a value left blank.
 *
 * @param line       1-based record number in the file (data rows only)
 * @param badDate    -1 for a valid date, -2 for a blank date, else the index of an impossible date in the format's list
 * @param submitted  seconds after midnight of the observation day when the form was sent (Kobo metadata)
 */
record Row(long line, String id, LocalDate date, int badDate, String commune, String departement,
           String sourceGroup, String contributor, String publicValue, String domain, String kind, Integer persons,
           Integer severity, Integer waitingDays, String text, String formVersion, int submitted,
           Set<Defect> defects) {
}
