package fr.observatoire.ingest.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal XLSX workbook as Excel does: workbook, relationships, shared strings, and a first sheet whose
 * cells are shared strings ({@code "s:text"}), inline strings ({@code "i:text"}), numbers ({@code "n:45678"}) or
 * empty (null, the cell is left out). A second sheet holds rows that must not be read.
 */
final class XlsxFixture {

    /** Header plus rows: an Excel serial date, a shared-string date, numbers, an inline string, a sparse cell. */
    static final List<List<String>> SAMPLE = List.of(
            List.of("s:Date observation", "s:Code INSEE", "s:Public", "s:Domaine", "s:Type", "s:Nombre personnes",
                    "s:Commentaire"),
            cells("n:45678", "s:59350", "s:Personnes âgées", "s:Mobilité", "s:besoin_non_couvert", "n:3",
                    "i:Navette supprimée"),
            cells("s:02/02/2025", "n:59512", "s:aidants", "s:répit", "s:rupture", "n:1.0", null),
            cells("n:45700.5", "s:2A004", "s:familles", "s:pmi", "s:besoin", null, "i:Contact M. Durand"),
            cells("n:45701", "s:59350", "s:inconnu", "s:Mobilité", "s:besoin", "n:2.5", null));

    private static final long FIXED_TIME = 1_735_689_600_000L;

    private XlsxFixture() {
    }

    private static List<String> cells(String... values) {
        List<String> list = new ArrayList<>();
        java.util.Collections.addAll(list, values);
        return list;
    }

    static void write(Path file, List<List<String>> rows) throws IOException {
        Map<String, Integer> shared = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell == null) {
                    continue;
                }
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                String value = cell.substring(2);
                switch (cell.charAt(0)) {
                    case 's' -> {
                        int index = shared.computeIfAbsent(value, v -> shared.size());
                        sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                    }
                    case 'i' -> sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                            .append(escape(value)).append("</t></is></c>");
                    default -> sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(value)
                            .append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size()
                + "\" uniqueCount=\"" + shared.size() + "\">");
        for (String value : shared.keySet()) {
            // rich text runs, as Excel writes a string with mixed formatting
            int half = value.length() / 2;
            strings.append("<si><r><t xml:space=\"preserve\">").append(escape(value.substring(0, half)))
                    .append("</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">")
                    .append(escape(value.substring(half))).append("</t></r></si>");
        }
        strings.append("</sst>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Enquête\" sheetId=\"1\" r:id=\"rId7\"/>"
                    + "<sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId8\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/sharedStrings.xml", strings.toString());
            put(zip, "xl/worksheets/sheet2.xml", sheet.toString());
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                    + "t=\"inlineStr\"><is><t>notes, not data</t></is></c></row></sheetData></worksheet>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME); // same bytes on every run: the file's hash derives the observation ids
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
