package fr.observatoire.samples;

import fr.observatoire.vocabulary.SourceGroup;

/**
 * One contributor batch: one file, one source group, one organisation, one format and its house style.
 *
 * @param departement home département of the contributor, or null when the batch spans the whole scope
 * @param vocabularyAsCodes spells vocabulary values as codes ("personnes_agees") rather than labels
 * @param isoDates    yyyy-MM-dd rather than dd/MM/yyyy, where the format allows both
 * @param comma       ',' rather than ';' as the separator of a UTF-8 CSV
 * @param englishKeys English alias keys in JSON Lines
 * @param withId      carries an observation id column
 * @param withBatchColumns repeats the source group and contributor on every row
 * @param sharedStrings in a workbook, short repeated values go to the shared strings table (free text stays inline)
 */
record Batch(int index, String fileName, SourceGroup group, String contributor, String departement,
             CommunePool pool, SampleFormat format, long rows, String formVersion, long seed,
             boolean vocabularyAsCodes, boolean isoDates, boolean comma, boolean englishKeys, boolean withId,
             boolean withBatchColumns, boolean sharedStrings) {
}
