package fr.observatoire.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SampleGeneratorTest {

    static final Path REFERENCE = Path.of("reference");
    static final List<String> THREE = List.of("59", "13", "47");
    static Territories territories;

    @BeforeAll
    static void loadReference() {
        territories = Territories.load(REFERENCE);
    }

    private static GenerateResult generate(long rows, long seed, Path dir, Set<SampleFormat> formats, double bad) {
        return new SampleGenerator(territories).generate(
                new GenerateRequest(rows, seed, dir, formats, bad, THREE, 2022, 2025));
    }

    @Test
    void sameSeedWritesIdenticalBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        GenerateResult a = generate(800, 7, first, EnumSet.allOf(SampleFormat.class), 0.05);
        GenerateResult b = generate(800, 7, second, EnumSet.allOf(SampleFormat.class), 0.05);

        assertThat(a.files()).hasSameSizeAs(b.files()).hasSizeGreaterThan(5);
        for (int i = 0; i < a.files().size(); i++) {
            Path left = a.files().get(i).path();
            Path right = b.files().get(i).path();
            assertThat(left.getFileName()).isEqualTo(right.getFileName());
            assertThat(Files.readAllBytes(left)).as(left.getFileName().toString()).isEqualTo(Files.readAllBytes(right));
            assertThat(a.files().get(i).sha256()).isEqualTo(SampleGenerator.sha256(left));
        }
        assertThat(a.defects()).isEqualTo(b.defects());
    }

    @Test
    void differentSeedWritesDifferentFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        GenerateResult a = generate(800, 7, first, EnumSet.of(SampleFormat.JSONL), 0.0);
        GenerateResult b = generate(800, 8, second, EnumSet.of(SampleFormat.JSONL), 0.0);

        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (GeneratedFile file : a.files()) {
            left.addAll(Files.readAllLines(file.path()));
        }
        for (GeneratedFile file : b.files()) {
            right.addAll(Files.readAllLines(file.path()));
        }
        assertThat(left).hasSize(800);
        assertThat(right).hasSize(800);
        assertThat(left).isNotEqualTo(right);
        assertThat(a.files().get(0).sha256()).isNotEqualTo(b.files().get(0).sha256());
    }

    @Test
    void observationsFollowThePopulationOfDepartementsAndCommunes(@TempDir Path dir) throws IOException {
        GenerateResult result = generate(30_000, 11, dir, EnumSet.of(SampleFormat.JSONL), 0.0);

        ObjectMapper json = new ObjectMapper();
        Map<String, Long> byDepartement = new HashMap<>();
        Map<String, Long> byCommune = new HashMap<>();
        for (GeneratedFile file : result.files()) {
            for (String line : Files.readAllLines(file.path())) {
                JsonNode node = json.readTree(line);
                String commune = text(node, "commune", "commune_code");
                String departement = commune.isEmpty() ? text(node, "departement", "departement_code")
                        : territories.commune(commune).orElseThrow().departement();
                byDepartement.merge(departement, 1L, Long::sum);
                if (!commune.isEmpty()) {
                    byCommune.merge(commune, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> population = new HashMap<>();
        for (Commune commune : territories.communes(THREE)) {
            population.merge(commune.departement(), commune.population(), Long::sum);
        }
        double total = population.values().stream().mapToLong(Long::longValue).sum();
        for (String dep : THREE) {
            assertThat(byDepartement.get(dep) / 30_000.0).as("share of %s", dep)
                    .isCloseTo(population.get(dep) / total, within(0.01));
        }
        assertThat(byDepartement.get("59")).isGreaterThan(5 * byDepartement.get("47"));

        // Within a département, communes are drawn in proportion to their population: chi-square over the
        // largest communes of the Nord (and the rest pooled), well under the 0.1% critical value.
        List<Commune> nord = new ArrayList<>(territories.communes(List.of("59")));
        nord.sort((x, y) -> Long.compare(y.population(), x.population()));
        long nordRows = nord.stream().mapToLong(c -> byCommune.getOrDefault(c.code(), 0L)).sum();
        double nordPopulation = nord.stream().mapToLong(Commune::population).sum();
        double chiSquare = 0;
        long restObserved = nordRows;
        double restExpected = nordRows;
        for (Commune commune : nord.subList(0, 15)) {
            double expected = nordRows * commune.population() / nordPopulation;
            long observed = byCommune.getOrDefault(commune.code(), 0L);
            chiSquare += (observed - expected) * (observed - expected) / expected;
            restObserved -= observed;
            restExpected -= expected;
        }
        chiSquare += (restObserved - restExpected) * (restObserved - restExpected) / restExpected;
        assertThat(chiSquare).as("chi-square, 15 degrees of freedom").isLessThan(37.7);
        double lille = byCommune.get("59350") / (double) nordRows;
        assertThat(lille).isCloseTo(238_246 / nordPopulation, within(0.015));
    }

    private static String text(JsonNode node, String name, String alias) {
        JsonNode value = node.has(name) ? node.get(name) : node.get(alias);
        return value == null ? "" : value.asText();
    }

    @Test
    void everyFormatIsReadableByAPlainReader(@TempDir Path dir) throws Exception {
        GenerateResult result = generate(2_000, 5, dir, EnumSet.allOf(SampleFormat.class), 0.03);
        EnumSet<SampleFormat> seen = EnumSet.noneOf(SampleFormat.class);
        boolean quotedWithSeparatorOrLineBreak = false;
        boolean sharedStrings = false;
        for (GeneratedFile file : result.files()) {
            seen.add(file.format());
            byte[] bytes = Files.readAllBytes(file.path());
            switch (file.format()) {
                case CSV_WINDOWS_1252 -> {
                    assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xA9})).as("no UTF-8 é").isEqualTo(-1);
                    assertThat(indexOf(bytes, "D\u00e9partement".getBytes(Charset.forName("windows-1252"))))
                            .as("é is the byte 0xE9").isGreaterThan(0);
                    String content = new String(bytes, Charset.forName("windows-1252"));
                    assertThat(content).contains("Date d'observation").contains("\r\n");
                    assertThat(content.replace("\r\n", "").replaceAll("\"[^\"]*\"", "")).doesNotContain("\n");
                    List<List<String>> records = PlainCsv.read(content, ';');
                    assertThat(records).hasSize((int) file.rows() + 1);
                    assertThat(records).allSatisfy(r -> assertThat(r).hasSameSizeAs(records.get(0)));
                    quotedWithSeparatorOrLineBreak |= records.stream().flatMap(List::stream)
                            .anyMatch(v -> v.contains(";") || v.contains("\n"));
                    assertThat(records.get(1).get(records.get(0).indexOf("Date d'observation")))
                            .matches("\\d{2}/\\d{2}/\\d{4}|");
                }
                case CSV_UTF8_BOM -> {
                    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
                    String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
                    char separator = content.substring(0, content.indexOf('\n')).contains(";") ? ';' : ',';
                    List<List<String>> records = PlainCsv.read(content, separator);
                    assertThat(records).hasSize((int) file.rows() + 1);
                    assertThat(records).allSatisfy(r -> assertThat(r).hasSameSizeAs(records.get(0)));
                }
                case JSONL -> {
                    List<String> lines = Files.readAllLines(file.path());
                    assertThat(lines).hasSize((int) file.rows());
                    ObjectMapper json = new ObjectMapper();
                    for (String line : lines) {
                        assertThat(json.readTree(line).isObject()).isTrue();
                    }
                }
                case XLSX -> sharedStrings |= checkWorkbook(file);
                case KOBO_CSV -> {
                    String content = new String(bytes, StandardCharsets.UTF_8);
                    List<List<String>> records = PlainCsv.read(content, ';');
                    assertThat(records.get(0)).contains("_uuid", "_submission_time", "_index", "__version__",
                            "identification/commune", "observation/domaine");
                    assertThat(records).hasSize((int) file.rows() + 1);
                    int uuid = records.get(0).indexOf("_uuid");
                    assertThat(records.get(1).get(uuid)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                            + "[0-9a-f]{12}");
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(SampleFormat.values());
        assertThat(quotedWithSeparatorOrLineBreak).as("some 1252 field quoted with ';' or a line break").isTrue();
        assertThat(sharedStrings).as("some workbook with a shared strings table").isTrue();
    }

    /** Checks a workbook part by part; true when it has a shared strings table. */
    private static boolean checkWorkbook(GeneratedFile file) throws Exception {
        try (ZipFile zip = new ZipFile(file.path().toFile())) {
            for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                    "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")) {
                assertThat(zip.getEntry(part)).as(part).isNotNull();
            }
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            Document document;
            try (var in = zip.getInputStream(sheet)) {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(in.readAllBytes()));
            }
            NodeList rows = document.getElementsByTagName("row");
            assertThat(rows.getLength()).isEqualTo(file.rows() + 1);
            NodeList cells = document.getElementsByTagName("c");
            int dates = 0;
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if ("1".equals(cell.getAttribute("s"))) {
                    long serial = Long.parseLong(cell.getTextContent());
                    LocalDate date = LocalDate.ofEpochDay(serial - 25569);
                    assertThat(date.getYear()).isBetween(2022, 2025);
                    dates++;
                }
            }
            assertThat(dates).isGreaterThan((int) (file.rows() * 0.9));
            String styles;
            try (var in = zip.getInputStream(zip.getEntry("xl/styles.xml"))) {
                styles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(styles).contains("numFmtId=\"14\"");
            ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
            int unique = 0;
            if (sst != null) {
                try (var in = zip.getInputStream(sst)) {
                    Document strings = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(in.readAllBytes()));
                    unique = strings.getElementsByTagName("si").getLength();
                    assertThat(strings.getDocumentElement().getAttribute("uniqueCount"))
                            .isEqualTo(Integer.toString(unique));
                }
            }
            int references = 0;
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if ("s".equals(cell.getAttribute("t"))) {
                    assertThat(Integer.parseInt(cell.getTextContent())).isBetween(0, unique - 1);
                    references++;
                }
            }
            assertThat(references > 0).isEqualTo(sst != null);
            return sst != null;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.]+@[\\w.]+\\.[a-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?:\\+33 ?|0033|\\b0)[1-9](?:[ .]?\\d{2}){4}");
    private static final Pattern NIR = Pattern.compile("\\b[12] ?\\d{2} ?\\d{2} ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}\\b");
    private static final Pattern IBAN = Pattern.compile("FR76(?: ?[0-9]{4}){5} ?[0-9]{3}");
    private static final Pattern CIVILITY = Pattern.compile("\\b(?:Mme|Madame|M\\.|Monsieur|Mlle|Mr) [A-Z][a-z]+");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Test
    void badRowsFollowTheRateAndMatchTheReportedCounts(@TempDir Path dir) throws IOException {
        double rate = 0.05;
        GenerateRequest request = new GenerateRequest(20_000, 3, dir, EnumSet.of(SampleFormat.CSV_UTF8_BOM), rate,
                THREE, 2022, 2025).withSingleFile(true);
        GenerateResult result = new SampleGenerator(territories).generate(request);
        GeneratedFile file = result.files().get(0);

        String content = Files.readString(file.path(), StandardCharsets.UTF_8).substring(1);
        char separator = content.substring(0, content.indexOf('\n')).contains(";") ? ';' : ',';
        List<List<String>> records = PlainCsv.read(content, separator);
        List<String> header = records.get(0);
        Map<Defect, Long> found = new EnumMap<>(Defect.class);
        long badRows = 0;
        long rejectable = 0;
        for (List<String> record : records.subList(1, records.size())) {
            Map<Field, String> row = new EnumMap<>(Field.class);
            for (int i = 0; i < header.size(); i++) {
                row.put(field(header.get(i)), record.get(i));
            }
            Set<Defect> defects = defectsOf(row);
            for (Defect defect : defects) {
                found.merge(defect, 1L, Long::sum);
            }
            badRows += defects.isEmpty() ? 0 : 1;
            rejectable += defects.stream().anyMatch(Defect::rejects) ? 1 : 0;
        }
        Map<Defect, Long> reported = new EnumMap<>(Defect.class);
        result.defects().forEach((defect, n) -> {
            if (n > 0) {
                reported.put(defect, n);
            }
        });
        assertThat(found).isEqualTo(reported);
        assertThat(badRows).isEqualTo(result.badRows());
        assertThat(rejectable).isEqualTo(result.rejectableRows());
        assertThat(badRows / 20_000.0).isCloseTo(rate, within(0.006));
        assertThat(found.keySet()).containsExactlyInAnyOrder(Defect.values());
    }

    private static Field field(String header) {
        return switch (header) {
            case "observation_id", "Identifiant" -> Field.ID;
            case "date_observation", "Date d'observation" -> Field.DATE;
            case "commune", "Code commune" -> Field.COMMUNE;
            case "departement", "Département" -> Field.DEPARTEMENT;
            case "groupe_acteur", "Groupe" -> Field.SOURCE_GROUP;
            case "contributeur", "Structure" -> Field.CONTRIBUTOR;
            case "public", "Public concerné" -> Field.PUBLIC;
            case "domaine", "Thématique" -> Field.DOMAIN;
            case "type_observation", "Nature" -> Field.KIND;
            case "personnes", "Nb personnes" -> Field.PERSONS;
            case "gravite", "Gravité" -> Field.SEVERITY;
            case "delai_attente_jours", "Délai jours" -> Field.WAITING_DAYS;
            case "description", "Commentaire" -> Field.TEXT;
            case "version_formulaire", "Version formulaire" -> Field.FORM_VERSION;
            default -> throw new AssertionError("unexpected header " + header);
        };
    }

    /** Classifies a row from its text alone, as a validator would. */
    private static Set<Defect> defectsOf(Map<Field, String> row) {
        Set<Defect> defects = EnumSet.noneOf(Defect.class);
        String commune = row.get(Field.COMMUNE);
        boolean missing = row.get(Field.DATE).isEmpty() || row.get(Field.PUBLIC).isEmpty()
                || row.get(Field.DOMAIN).isEmpty() || row.get(Field.KIND).isEmpty()
                || (commune.isEmpty() && row.get(Field.DEPARTEMENT).isEmpty());
        if (missing) {
            defects.add(Defect.MISSING_FIELD);
        }
        if (!commune.isEmpty() && !territories.isCommune(commune)) {
            defects.add(Defect.UNKNOWN_COMMUNE);
        }
        String date = row.get(Field.DATE);
        if (!date.isEmpty() && !parses(date)) {
            defects.add(Defect.IMPOSSIBLE_DATE);
        }
        if ((!row.get(Field.PUBLIC).isEmpty() && Public.parse(row.get(Field.PUBLIC)).isEmpty())
                || (!row.get(Field.DOMAIN).isEmpty() && NeedDomain.parse(row.get(Field.DOMAIN)).isEmpty())
                || (!row.get(Field.KIND).isEmpty() && ObservationKind.parse(row.get(Field.KIND)).isEmpty())) {
            defects.add(Defect.UNKNOWN_VOCABULARY);
        }
        if (row.get(Field.PERSONS).startsWith("-")) {
            defects.add(Defect.NEGATIVE_PERSONS);
        }
        String text = row.get(Field.TEXT);
        if (EMAIL.matcher(text).find() || PHONE.matcher(text).find() || NIR.matcher(text).find()
                || IBAN.matcher(text).find() || CIVILITY.matcher(text).find()) {
            defects.add(Defect.PERSONAL_DATA);
        }
        return defects;
    }

    private static boolean parses(String date) {
        for (DateTimeFormatter format : List.of(ISO, FRENCH)) {
            try {
                LocalDate.parse(date, format);
                return true;
            } catch (DateTimeParseException e) {
                // try the next notation
            }
        }
        return false;
    }

    @Test
    void unknownCommuneCodesAndVocabularyValuesAreReallyUnknown() {
        assertThat(RowFactory.UNKNOWN_COMMUNES).noneMatch(territories::isCommune);
        assertThat(RowFactory.UNKNOWN_PUBLICS).allMatch(v -> Public.parse(v).isEmpty());
        assertThat(RowFactory.UNKNOWN_DOMAINS).allMatch(v -> NeedDomain.parse(v).isEmpty());
        assertThat(RowFactory.UNKNOWN_KINDS).allMatch(v -> ObservationKind.parse(v).isEmpty());
        assertThat(Formats.BAD_DATES_FR).noneMatch(SampleGeneratorTest::parses);
        assertThat(Formats.BAD_DATES_ISO).noneMatch(SampleGeneratorTest::parses);
    }
}
