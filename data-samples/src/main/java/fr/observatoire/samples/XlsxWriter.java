package fr.observatoire.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A real Office Open XML workbook written with {@code java.util.zip}: one sheet, inline strings (or, for batches
 * that use them, shared strings for every value but the free text and the id), numbers as numbers,
 * dates as Excel serial numbers with a date style (numFmtId 14). The sheet is streamed; entry times are fixed so
 * that the same rows give the same bytes.
 */
final class XlsxWriter implements ObservationWriter {

    static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private final Batch batch;
    private final List<Column> columns;
    private final StringBuilder xml = new StringBuilder(1024);
    private final StringBuilder cell = new StringBuilder(256);
    private final Path file;
    private long rowNumber = 1;
    /** Shared strings of short repeated values (codes, labels, communes): bounded whatever the number of rows. */
    private final java.util.Map<String, Integer> shared = new java.util.LinkedHashMap<>();
    private long sharedReferences;

    XlsxWriter(Path file, Batch batch, List<Column> columns) throws IOException {
        this.file = file;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8);
        this.batch = batch;
        this.columns = List.copyOf(columns);
        this.sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                %s</Types>""".formatted(batch.sharedStrings() ? "<Override PartName=\"/xl/sharedStrings.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                : ""));
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="%s" xmlns:r="%s"><sheets>\
                <sheet name="Observations" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(MAIN_NS, REL_NS));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="styles.xml"/>%s</Relationships>""".formatted(batch.sharedStrings()
                ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : ""));
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="%s">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
                <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill>\
                <fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>""".formatted(MAIN_NS));
        ZipEntry entry = new ZipEntry(SHEET_ENTRY);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(MAIN_NS).append("\"><sheetData><row r=\"1\">");
        for (int i = 0; i < columns.size(); i++) {
            ref(i, 1);
            xml.append(" s=\"2\" t=\"inlineStr\"><is><t>");
            escape(columns.get(i).header());
            xml.append("</t></is></c>");
        }
        xml.append("</row>");
        sheet.append(xml);
    }

    private void part(String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void write(Row row) throws IOException {
        rowNumber++;
        xml.setLength(0);
        xml.append("<row r=\"").append(rowNumber).append("\">");
        for (int i = 0; i < columns.size(); i++) {
            Field field = columns.get(i).field();
            if (field == Field.DATE && row.badDate() == -1) {
                ref(i, rowNumber);
                xml.append(" s=\"1\"><v>").append(Formats.excelSerial(row.date())).append("</v></c>");
                continue;
            }
            cell.setLength(0);
            Cells.text(cell, field, row, batch, false, false);
            if (cell.length() == 0) {
                continue;
            }
            ref(i, rowNumber);
            if (field == Field.PERSONS || field == Field.SEVERITY || field == Field.WAITING_DAYS) {
                xml.append("><v>").append(cell).append("</v></c>");
            } else if (batch.sharedStrings() && field != Field.TEXT && field != Field.ID) {
                String value = cell.toString();
                Integer index = shared.get(value);
                if (index == null) {
                    index = shared.size();
                    shared.put(value, index);
                }
                sharedReferences++;
                xml.append(" t=\"s\"><v>").append(index.intValue()).append("</v></c>");
            } else {
                xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                escape(cell);
                xml.append("</t></is></c>");
            }
        }
        xml.append("</row>");
        sheet.append(xml);
    }

    private void ref(int column, long row) {
        xml.append("<c r=\"").append((char) ('A' + column)).append(row).append('"');
    }

    private void escape(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
    }

    @Override
    public String finish() throws IOException {
        sheet.append("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        if (batch.sharedStrings()) {
            ZipEntry entry = new ZipEntry("xl/sharedStrings.xml");
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            xml.setLength(0);
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                    .append(MAIN_NS).append("\" count=\"").append(sharedReferences).append("\" uniqueCount=\"")
                    .append(shared.size()).append("\">");
            for (String value : shared.keySet()) {
                xml.append("<si><t>");
                escape(value);
                xml.append("</t></si>");
            }
            xml.append("</sst>");
            sheet.append(xml);
            sheet.flush();
            zip.closeEntry();
        }
        zip.close();
        return SampleGenerator.sha256(file);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
