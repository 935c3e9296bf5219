package fr.observatoire.analytics.gaps;

import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.vocabulary.AgeBand;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The crosswalk of the gap analysis ({@code fr/observatoire/analytics/gaps/crosswalk.csv}): each supply category,
 * the public it serves, the population band of its equipment rate and the need domains it answers. Registered as
 * the view {@code gaps_crosswalk(category, public, target_band, need_domain)}, one row per need domain.
 */
public record Crosswalk(List<Entry> entries) {

    /** The resource on the class path. */
    public static final String RESOURCE = "fr/observatoire/analytics/gaps/crosswalk.csv";

    public static final TableSchema SCHEMA = TableSchema.of("category", SqlType.STRING, "public", SqlType.STRING,
            "target_band", SqlType.STRING, "need_domain", SqlType.STRING);

    /** One category: its public, band and need domains, all checked against the vocabularies. */
    public record Entry(String category, Public publicServed, AgeBand targetBand, List<NeedDomain> needDomains) {
    }

    public Crosswalk {
        entries = List.copyOf(entries);
    }

    /** Reads and checks the crosswalk resource. */
    public static Crosswalk load() {
        try (InputStream in = Crosswalk.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ObservatoryException("Crosswalk resource not found on the class path: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read " + RESOURCE, e);
        }
    }

    static Crosswalk parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            long number = i + 1;
            String[] cells = line.split(";", -1);
            if (cells.length != 4) {
                throw InvalidInputException.at("crosswalk.csv", number, null, line, "expected 4 ';'-separated cells");
            }
            Public publicServed = Public.parse(cells[1])
                    .orElseThrow(() -> InvalidInputException.at("crosswalk.csv", number, "public", cells[1],
                            "not a Public code"));
            AgeBand band = Arrays.stream(AgeBand.values()).filter(b -> b.column().equals(cells[2].strip()))
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.at("crosswalk.csv", number, "target_band", cells[2],
                            "not a population band column (pop_totale, pop_0_19, pop_20_59, pop_60_plus, pop_75_plus)"));
            List<NeedDomain> domains = new ArrayList<>();
            for (String raw : cells[3].split("\\|")) {
                domains.add(NeedDomain.parse(raw).filter(d -> d.code().equals(raw.strip()))
                        .orElseThrow(() -> InvalidInputException.at("crosswalk.csv", number, "need_domains", raw,
                                "not a NeedDomain code")));
            }
            entries.add(new Entry(cells[0].strip(), publicServed, band, domains));
        }
        return new Crosswalk(entries);
    }

    /** Registers the view {@code gaps_crosswalk}. */
    public void register(Engine engine) {
        List<List<Object>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            for (NeedDomain domain : entry.needDomains()) {
                rows.add(List.of(entry.category(), entry.publicServed().code(), entry.targetBand().column(),
                        domain.code()));
            }
        }
        engine.register("gaps_crosswalk", SCHEMA, rows);
    }
}
