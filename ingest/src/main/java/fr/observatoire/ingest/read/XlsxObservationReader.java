package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook, read with {@code java.util.zip} and StAX: shared strings, inline strings,
 * numbers (as written, so that an Excel serial date stays a number for the validator), booleans. The first row is
 * the header; a record's line is its row number in the sheet.
 */
final class XlsxObservationReader implements ObservationReader {

    private static final XMLInputFactory XML = newFactory();

    private final Path file;
    private final ZipFile zip;
    private final List<String> sharedStrings;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder();

    XlsxObservationReader(Path file) {
        this.file = file;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException(file.getFileName() + ": not a readable XLSX workbook", e);
        }
        try {
            this.sharedStrings = readSharedStrings();
            this.sheetStream = zip.getInputStream(entry(firstSheetPath()));
            this.sheet = XML.createXMLStreamReader(sheetStream);
            Row header = readRow();
            this.columns = header == null ? List.of() : List.of(Arrays.stream(header.values)
                    .map(v -> v == null ? "" : v).toArray(String[]::new));
        } catch (IOException | XMLStreamException e) {
            closeZip();
            throw new InvalidInputException(file.getFileName() + ": cannot read the workbook: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidInputException(file.getFileName() + ": not an XLSX workbook (no " + name + ")");
        }
        return entry;
    }

    /** xl/workbook.xml's first sheet, resolved through xl/_rels/workbook.xml.rels. */
    private String firstSheetPath() throws IOException, XMLStreamException {
        String relationId = null;
        try (InputStream in = zip.getInputStream(entry("xl/workbook.xml"))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")) {
                            relationId = xml.getAttributeValue(i);
                        }
                    }
                }
            }
            xml.close();
        }
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relationId != null && rels != null) {
            try (InputStream in = zip.getInputStream(rels)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                            && relationId.equals(xml.getAttributeValue(null, "Id"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        xml.close();
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
                xml.close();
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private List<String> readSharedStrings() throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            StringBuilder item = new StringBuilder();
            boolean inText = false;
            boolean inPhonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> item.setLength(0);
                        case "t" -> inText = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> strings.add(item.toString());
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    item.append(xml.getText());
                }
            }
            xml.close();
        }
        return strings;
    }

    private record Row(long number, String[] values) {
    }

    /** The next non-empty row, or null after the last one. */
    private Row readRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                Row row = readCells();
                if (Arrays.stream(row.values).anyMatch(v -> v != null && !v.isEmpty())) {
                    return row;
                }
            }
        }
        return null;
    }

    private Row readCells() throws XMLStreamException {
        String rowNumber = sheet.getAttributeValue(null, "r");
        long number = rowNumber == null ? -1 : Long.parseLong(rowNumber);
        List<String> values = new ArrayList<>();
        int nextColumn = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                String reference = sheet.getAttributeValue(null, "r");
                String type = sheet.getAttributeValue(null, "t");
                int column = reference == null ? nextColumn : columnIndex(reference);
                String value = readCell(type);
                while (values.size() <= column) {
                    values.add(null);
                }
                values.set(column, value);
                nextColumn = column + 1;
            }
        }
        return new Row(number, values.toArray(new String[0]));
    }

    private String readCell(String type) throws XMLStreamException {
        String raw = null;
        text.setLength(0);
        boolean inValue = false;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                inValue = name.equals("v") || name.equals("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = sheet.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (name.equals("v") || name.equals("t")) {
                    inValue = false;
                    raw = text.toString();
                }
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(sheet.getText());
            }
        }
        if (raw == null) {
            return null;
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(raw.strip());
            return index < sharedStrings.size() ? sharedStrings.get(index) : null;
        }
        if ("b".equals(type)) {
            return raw.equals("1") ? "true" : "false";
        }
        if ("n".equals(type) || type == null) {
            return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
        }
        return raw; // str, inlineStr, e
    }

    /** "B12" → 1. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public String encoding() {
        return "UTF-8";
    }

    @Override
    public RawRecord next() {
        try {
            Row row = readRow();
            if (row == null) {
                return null;
            }
            String[] values = row.values.length == columns.size() ? row.values : Arrays.copyOf(row.values,
                    columns.size());
            return new RawRecord(row.number, columns, values, null);
        } catch (XMLStreamException e) {
            throw new InvalidInputException(file.getFileName() + ": cannot read the first sheet near line "
                    + e.getLocation().getLineNumber() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            sheet.close();
            sheetStream.close();
        } catch (XMLStreamException | IOException e) {
            throw new InvalidInputException("Cannot close " + file, e);
        } finally {
            closeZip();
        }
    }

    private void closeZip() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }
}
