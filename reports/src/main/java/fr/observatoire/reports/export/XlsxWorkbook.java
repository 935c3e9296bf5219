package fr.observatoire.reports.export;

import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.Column;
import fr.observatoire.reports.view.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables as an Office Open XML workbook with {@code java.util.zip}: one sheet per table, header in bold,
 * numbers as numbers, text as inline strings, hidden cells as the text {@code s}. Entries carry a fixed time so
 * that the same tables give the same bytes.
 */
public final class XlsxWorkbook {

    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the ZIP epoch

    public Path write(List<Table> tables, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                List<String> names = sheetNames(tables);
                entry(zip, "[Content_Types].xml", contentTypes(tables.size()));
                entry(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                        </Relationships>""");
                entry(zip, "xl/workbook.xml", workbook(names));
                entry(zip, "xl/_rels/workbook.xml.rels", workbookRels(tables.size()));
                entry(zip, "xl/styles.xml", STYLES);
                for (int i = 0; i < tables.size(); i++) {
                    entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(tables.get(i)));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write workbook " + file, e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Sheet names: at most 31 characters, none of {@code []:*?/\}, unique. */
    static List<String> sheetNames(List<Table> tables) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Table table : tables) {
            String base = table.id().replaceAll("[\\[\\]:*?/\\\\]", "-");
            base = base.length() > 28 ? base.substring(0, 28) : base;
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "~" + n;
            }
            names.add(name);
        }
        return names;
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<String> names) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 0; i < names.size(); i++) {
            xml.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            </styleSheet>""";

    static String sheet(Table table) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        int r = 1;
        xml.append("<row r=\"1\">");
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            xml.append("<c r=\"").append(reference(c, r)).append("\" s=\"1\" t=\"inlineStr\"><is><t>")
                    .append(escape(column.label())).append("</t></is></c>");
        }
        xml.append("</row>");
        List<List<Cell>> rows = new ArrayList<>(table.rows());
        rows.addAll(table.footer());
        for (List<Cell> row : rows) {
            r++;
            xml.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.empty()) {
                    continue;
                }
                xml.append("<c r=\"").append(reference(c, r)).append('"');
                if (!cell.hidden() && cell.number() != null) {
                    xml.append("><v>").append(CsvExport.plain(cell.number(), Math.max(cell.decimals(), 0)))
                            .append("</v></c>");
                } else {
                    xml.append(" t=\"inlineStr\"><is><t>").append(escape(cell.hidden() ? Cell.SECRET : cell.text()))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** A1-style reference of a zero-based column and one-based row. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
