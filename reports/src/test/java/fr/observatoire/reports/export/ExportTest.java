package fr.observatoire.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.Column;
import fr.observatoire.reports.view.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {

    private final Table table = new Table("besoins", "Personnes", null,
            List.of(Column.text("Public"), Column.number("Personnes"), Column.number("Taux")),
            List.of(List.of(Cell.text("Personnes âgées; \"PA\""), Cell.count(1234), Cell.number(14.8642, 2)),
                    List.of(Cell.text("Aidants"), Cell.secret(), Cell.secret())),
            List.of(List.of(Cell.text("Total"), Cell.count(1240), Cell.text(""))));

    @Test
    void csvHasABomSemicolonsQuotedTextAndHiddenCellsAsS() {
        String csv = new CsvExport(false).render(table);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Public;Personnes;Taux",
                "\"Personnes âgées; \"\"PA\"\"\";1234;14.86",
                "Aidants;s;s",
                "Total;1240;");
    }

    @Test
    void csvWritesADecimalCommaWhenAsked() {
        assertThat(new CsvExport(true).render(table)).contains(";1234;14,86\r\n");
    }

    @Test
    void workbookHasOneSheetPerTableWithNumbersAsNumbers(@TempDir Path dir) throws Exception {
        Table second = new Table("besoins", "Doublon de nom", null, List.of(Column.text("A")),
                List.of(List.of(Cell.text("x"))));
        Path file = new XlsxWorkbook().write(List.of(table, second), dir.resolve("t.xlsx"));
        Map<String, byte[]> entries = unzip(file);
        assertThat(entries).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        Document workbook = parse(entries.get("xl/workbook.xml"));
        NodeList sheets = workbook.getElementsByTagName("sheet");
        assertThat(((Element) sheets.item(0)).getAttribute("name")).isEqualTo("besoins");
        assertThat(((Element) sheets.item(1)).getAttribute("name")).isEqualTo("besoins~2");

        Document sheet = parse(entries.get("xl/worksheets/sheet1.xml"));
        Map<String, Element> cells = new LinkedHashMap<>();
        NodeList list = sheet.getElementsByTagName("c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            cells.put(c.getAttribute("r"), c);
        }
        assertThat(cells.get("B2").getAttribute("t")).isEmpty();
        assertThat(cells.get("B2").getTextContent()).isEqualTo("1234");
        assertThat(cells.get("C2").getTextContent()).isEqualTo("14.86");
        assertThat(cells.get("A2").getAttribute("t")).isEqualTo("inlineStr");
        assertThat(cells.get("A2").getTextContent()).isEqualTo("Personnes âgées; \"PA\"");
        assertThat(cells.get("B3").getTextContent()).isEqualTo("s");
        assertThat(cells.get("B4").getTextContent()).isEqualTo("1240");
        assertThat(cells).doesNotContainKey("C4");
    }

    @Test
    void cellReferencesGoPastZ() {
        assertThat(XlsxWorkbook.reference(0, 1)).isEqualTo("A1");
        assertThat(XlsxWorkbook.reference(25, 3)).isEqualTo("Z3");
        assertThat(XlsxWorkbook.reference(26, 3)).isEqualTo("AA3");
        assertThat(XlsxWorkbook.reference(701, 1)).isEqualTo("ZZ1");
        assertThat(XlsxWorkbook.reference(702, 1)).isEqualTo("AAA1");
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    @Test
    void csvIsUtf8(@TempDir Path dir) throws IOException {
        Path file = new CsvExport(false).write(table, dir.resolve("a/b.csv"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("âgées");
    }
}
