package fr.observatoire.samples;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.vocabulary.SourceGroup;
import fr.observatoire.vocabulary.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded generator of field observation files: realistic rows spread over real communes in proportion to their
 * population, one file per contributor batch in the formats contributors really send, with planted territorial
 * signals and, on request, deliberately bad rows. Same request, same bytes.
 */
public final class SampleGenerator {

    /** Rows between two progress reports. */
    public static final long PROGRESS_STEP = 100_000;
    /** Smallest target batch size; larger requests get larger batches (at most about 200 files per request). */
    static final long MIN_BATCH_ROWS = 150;
    /** Batch order within a département: the first four cover the four actor groups. */
    static final List<SourceGroup> GROUP_ROTATION = List.of(SourceGroup.PROFESSIONNEL, SourceGroup.USAGER,
            SourceGroup.DECIDEUR, SourceGroup.FINANCEUR, SourceGroup.HABITANT);
    private static final List<String> FORM_VERSIONS = List.of("2022.1", "2023.2", "v1", "v2.1", "2024-03");

    /** Beside the manifests: per file, the rows written with each defect (what ingest should reject or redact). */
    public static final String DEFECTS_FILE = "expected_defects.csv";

    private final Territories territories;

    public SampleGenerator(Territories territories) {
        this.territories = territories;
    }

    public GenerateResult generate(GenerateRequest request) {
        return generate(request, ProgressListener.NONE);
    }

    public GenerateResult generate(GenerateRequest request, ProgressListener progress) {
        List<Commune> scope = territories.communes(request.departements());
        if (scope.isEmpty()) {
            throw new ObservatoryException("No commune in départements " + request.departements()
                    + ": check the codes against " + Territories.COMMUNES_FILE);
        }
        try {
            Files.createDirectories(request.outDir());
            if (request.manifestDir().isPresent()) {
                Files.createDirectories(request.manifestDir().get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create output folder " + request.outDir(), e);
        }
        List<Commune> emerging = scope.stream().filter(c -> RowFactory.EMERGING_EPCI.equals(c.epciCode())).toList();
        CommunePool emergingPool = emerging.isEmpty() ? null : new CommunePool(emerging);
        List<Batch> batches = plan(request, scope);
        List<GeneratedFile> files = new ArrayList<>();
        long[] written = {0};
        for (Batch batch : batches) {
            files.add(write(batch, request, emergingPool, progress, written));
        }
        if (written[0] == 0 || written[0] % PROGRESS_STEP != 0) {
            progress.progress(written[0], request.observations());
        }
        GenerateResult result = new GenerateResult(files);
        request.manifestDir().ifPresent(dir -> Manifests.writeDefects(dir.resolve(DEFECTS_FILE), result));
        return result;
    }

    /** Splits the rows into contributor batches: per département in proportion to population, then evenly. */
    List<Batch> plan(GenerateRequest request, List<Commune> scope) {
        List<SampleFormat> formats = request.orderedFormats();
        List<Batch> batches = new ArrayList<>();
        if (request.observations() == 0) {
            return batches;
        }
        if (request.singleFile()) {
            SplittableRandom random = new SplittableRandom(Cells.mix(request.seed()));
            CommunePool pool = new CommunePool(scope);
            Commune town = pool.draw(random);
            SampleFormat format = formats.get(0);
            String contributor = Contributors.name(SourceGroup.PROFESSIONNEL, town,
                    territories.departementName(town.departement()).orElse(town.departement()), random);
            batches.add(batch(0, "observations_" + format.option().replace("-", "") + "." + format.extension(),
                    SourceGroup.PROFESSIONNEL, contributor, null, pool, format, request.observations(), request,
                    random));
            return batches;
        }
        Map<String, List<Commune>> byDepartement = new LinkedHashMap<>();
        for (Commune commune : scope) {
            byDepartement.computeIfAbsent(commune.departement(), k -> new ArrayList<>()).add(commune);
        }
        Map<String, Long> quotas = quotas(byDepartement, request.observations());
        long target = Math.max(MIN_BATCH_ROWS, request.observations() / 200);
        int index = 0;
        for (Map.Entry<String, List<Commune>> entry : byDepartement.entrySet()) {
            long quota = quotas.get(entry.getKey());
            if (quota == 0) {
                continue;
            }
            long count = Math.max(1, Math.round((double) quota / target));
            if (quota >= MIN_BATCH_ROWS) {
                count = Math.max(count, GROUP_ROTATION.size());
            }
            CommunePool pool = new CommunePool(entry.getValue());
            String name = territories.departementName(entry.getKey()).orElse(entry.getKey());
            for (int j = 0; j < count; j++) {
                long rows = quota / count + (j < quota % count ? 1 : 0);
                SplittableRandom random = new SplittableRandom(Cells.mix(request.seed() * 31 + index));
                SourceGroup group = GROUP_ROTATION.get(j % GROUP_ROTATION.size());
                SampleFormat format = formats.get(index % formats.size());
                Commune town = pool.draw(random);
                String contributor = Contributors.name(group, town, name, random);
                String slug = Terms.fold(contributor);
                slug = slug.length() > 48 ? slug.substring(0, 48) : slug;
                String fileName = String.format("%03d_%s_%s_%s%s.%s", index, entry.getKey(), group.code(), slug,
                        format == SampleFormat.KOBO_CSV ? "_kobo" : "", format.extension());
                batches.add(batch(index, fileName, group, contributor, entry.getKey(), pool, format, rows, request,
                        random));
                index++;
            }
        }
        return batches;
    }

    private static Batch batch(int index, String fileName, SourceGroup group, String contributor, String departement,
                               CommunePool pool, SampleFormat format, long rows, GenerateRequest request,
                               SplittableRandom random) {
        boolean codes = switch (format) {
            case JSONL, KOBO_CSV -> true;
            case CSV_WINDOWS_1252, XLSX -> false;
            case CSV_UTF8_BOM -> random.nextBoolean();
        };
        boolean iso = switch (format) {
            case JSONL, KOBO_CSV -> true;
            case CSV_WINDOWS_1252, XLSX -> false;
            case CSV_UTF8_BOM -> random.nextBoolean();
        };
        boolean comma = format == SampleFormat.CSV_UTF8_BOM && random.nextBoolean();
        boolean english = format == SampleFormat.JSONL && random.nextBoolean();
        boolean withId = switch (format) {
            case JSONL -> true;
            case KOBO_CSV -> false;
            default -> random.nextDouble() < 0.7;
        };
        boolean batchColumns = random.nextDouble() < 0.3;
        String formVersion;
        if (format == SampleFormat.KOBO_CSV) {
            StringBuilder version = new StringBuilder("v");
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            for (int i = 0; i < 22; i++) {
                version.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            formVersion = version.toString();
        } else {
            formVersion = FORM_VERSIONS.get(random.nextInt(FORM_VERSIONS.size()));
        }
        return new Batch(index, fileName, group, contributor, departement, pool, format, rows, formVersion,
                random.nextLong(), codes, iso, comma, english, withId, batchColumns,
                format == SampleFormat.XLSX && random.nextBoolean());
    }

    /** Rows per département in proportion to population, by largest remainder (the quotas sum to {@code total}). */
    static Map<String, Long> quotas(Map<String, List<Commune>> byDepartement, long total) {
        Map<String, Double> population = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, List<Commune>> entry : byDepartement.entrySet()) {
            double p = entry.getValue().stream().mapToLong(Commune::population).sum();
            population.put(entry.getKey(), p);
            sum += p;
        }
        Map<String, Long> quotas = new LinkedHashMap<>();
        Map<String, Double> remainders = new LinkedHashMap<>();
        long assigned = 0;
        for (Map.Entry<String, Double> entry : population.entrySet()) {
            double exact = total * entry.getValue() / sum;
            long floor = (long) Math.floor(exact);
            quotas.put(entry.getKey(), floor);
            remainders.put(entry.getKey(), exact - floor);
            assigned += floor;
        }
        List<String> order = new ArrayList<>(remainders.keySet());
        order.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; assigned < total; i++, assigned++) {
            quotas.merge(order.get(i % order.size()), 1L, Long::sum);
        }
        return quotas;
    }

    private GeneratedFile write(Batch batch, GenerateRequest request, CommunePool emergingPool,
                                ProgressListener progress, long[] written) {
        Path file = request.outDir().resolve(batch.fileName());
        SplittableRandom random = new SplittableRandom(batch.seed());
        RowFactory factory = new RowFactory(batch, request.fromYear(), request.toYear(), request.badRowRate(),
                random, emergingPool);
        Map<Defect, Long> defects = new EnumMap<>(Defect.class);
        long bad = 0;
        long rejectable = 0;
        String sha256;
        try (ObservationWriter writer = open(batch, file);
             RowSource rows = RowSource.of(factory, batch.rows(), writer::prepare)) {
            for (Row row = rows.next(); row != null; row = rows.next()) {
                writer.write(row, rows.prepared());
                if (!row.defects().isEmpty()) {
                    bad++;
                    boolean rejects = false;
                    for (Defect defect : row.defects()) {
                        defects.merge(defect, 1L, Long::sum);
                        rejects |= defect.rejects();
                    }
                    if (rejects) {
                        rejectable++;
                    }
                }
                if (++written[0] % PROGRESS_STEP == 0) {
                    progress.progress(written[0], request.observations());
                }
            }
            sha256 = writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample file " + file, e);
        }
        Optional<Path> manifest = request.manifestDir().map(dir -> dir.resolve(batch.fileName() + ".json"));
        manifest.ifPresent(path -> Manifests.write(path, file, batch, request, sha256));
        return new GeneratedFile(file, batch.format(), batch.group(), batch.contributor(), batch.departement(),
                batch.formVersion(), batch.rows(), bad, rejectable, defects, sha256, manifest);
    }

    private static ObservationWriter open(Batch batch, Path file) throws IOException {
        return switch (batch.format()) {
            case CSV_WINDOWS_1252 -> new DelimitedWriter(file, batch, true, false, ';', "\r\n",
                    columns(Column.frenchHeaders(batch.withId()), batch), false, true);
            case CSV_UTF8_BOM -> new DelimitedWriter(file, batch, false, true,
                    batch.comma() ? ',' : ';', "\n", columns(batch.vocabularyAsCodes()
                    ? Column.canonical(batch.withId()) : Column.frenchHeaders(batch.withId()), batch),
                    batch.isoDates(), false);
            case JSONL -> new JsonLinesWriter(file, batch, columns(batch.englishKeys() ? Column.english(true)
                    : Column.canonical(true), batch));
            case XLSX -> new XlsxWriter(file, batch, columns(Column.frenchHeaders(batch.withId()), batch));
            case KOBO_CSV -> new DelimitedWriter(file, batch, false, false, ';', "\n",
                    Column.kobo(), true, false);
        };
    }

    /** Drops the source group and contributor columns unless the batch repeats them on every row. */
    private static List<Column> columns(List<Column> columns, Batch batch) {
        if (batch.withBatchColumns()) {
            return columns;
        }
        return columns.stream()
                .filter(c -> c.field() != Field.SOURCE_GROUP && c.field() != Field.CONTRIBUTOR)
                .toList();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hash " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
