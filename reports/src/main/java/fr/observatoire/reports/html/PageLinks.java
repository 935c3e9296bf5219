package fr.observatoire.reports.html;

import java.util.Map;

/** Relative links of a fiche: back to the index, and its exports (CSV per table id, one XLSX); empty when none. */
public record PageLinks(String index, Map<String, String> csv, String xlsx) {
}
