package fr.observatoire.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.reports.disclosure.NestedProtection.Area;
import fr.observatoire.reports.disclosure.NestedProtection.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NestedProtectionTest {

    private static final List<String> ROWS = List.of("p1", "p2", "p3");
    private static final List<String> COLUMNS = List.of("d1", "d2", "d3", "d4");

    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void aChildHiddenAloneUnderItsParentHidesTheSmallestSiblingToo() {
        // child a has a small cell (3) at p1/d1; its parent publishes 3 + 40 + 60 = 103 there
        Map<String, Area> areas = new LinkedHashMap<>();
        areas.put("a", area("a", new long[][] {{3, 50, 50, 50}, {50, 50, 50, 50}, {50, 50, 50, 50}}));
        areas.put("b", area("b", new long[][] {{40, 50, 50, 50}, {50, 50, 50, 50}, {50, 50, 50, 50}}));
        areas.put("c", area("c", new long[][] {{60, 50, 50, 50}, {50, 50, 50, 50}, {50, 50, 50, 50}}));
        areas.put("parent", area("parent", sum(List.of(areas.get("a"), areas.get("b"), areas.get("c")))));

        Map<String, Result> results = new NestedProtection(control).protect(areas,
                List.of(List.of("parent", "a", "b", "c")));

        assertThat(results.get("a").suppression().at(0, 0)).isEqualTo(CellStatus.PRIMARY);
        // without nesting, b and c would publish p1/d1 and parent − b − c = a
        assertThat(results.get("b").suppression().at(0, 0)).isEqualTo(CellStatus.NESTED);
        assertThat(results.get("c").suppression().hidden(0, 0)).isFalse();
        assertThat(results.get("parent").suppression().hidden(0, 0)).isFalse();
        // b's own table is protected around its new hidden cell
        assertThat(DisclosureControl.safe(results.get("b").suppression().status())).isTrue();
    }

    @Test
    void theSamePatternIsFoundAgainFromTheForcedCells() {
        Random random = new Random(7L);
        Map<String, Area> areas = new LinkedHashMap<>();
        List<List<String>> equations = tree(random, areas);
        Map<String, Result> results = new NestedProtection(control).protect(areas, equations);
        for (Area area : areas.values()) {
            Result result = results.get(area.id());
            Suppression again = control.protect(area.values(), result.forced());
            assertThat(again.status()).as(area.id()).isDeepEqualTo(result.suppression().status());
        }
    }

    /**
     * Random three-level trees (a parent, regions, départements): no hidden count can be derived as a parent's
     * published count minus its published children, nor a parent's hidden count as the sum of its published children,
     * and every table stays protected within itself.
     */
    @Test
    void noHiddenCountCanBeDerivedFromAParentMinusItsPublishedChildrenOnSeededRandomTrees() {
        Random random = new Random(20261123L);
        int forcedSomewhere = 0;
        for (int trial = 0; trial < 200; trial++) {
            Map<String, Area> areas = new LinkedHashMap<>();
            List<List<String>> equations = tree(random, areas);
            Map<String, Result> results = new NestedProtection(control).protect(areas, equations);
            for (List<String> equation : equations) {
                Area parent = areas.get(equation.get(0));
                for (int r = 0; r < ROWS.size(); r++) {
                    for (int c = 0; c < COLUMNS.size(); c++) {
                        int hidden = 0;
                        long published = 0;
                        for (String member : equation.subList(1, equation.size())) {
                            if (results.get(member).suppression().hidden(r, c)) {
                                hidden++;
                            } else {
                                published += areas.get(member).values()[r][c];
                            }
                        }
                        boolean parentHidden = results.get(parent.id()).suppression().hidden(r, c);
                        if (!parentHidden) {
                            // parent − published children = the hidden children's sum: never a single child
                            assertThat(hidden).as("trial %d, %s, cell %d/%d", trial, equation, r, c).isNotEqualTo(1);
                        } else {
                            // a hidden parent is not the sum of children that are all published
                            assertThat(hidden).as("trial %d, %s, cell %d/%d: parent = %d", trial, equation, r, c,
                                    published).isPositive();
                        }
                    }
                }
            }
            for (Result result : results.values()) {
                assertThat(DisclosureControl.safe(result.suppression().status())).as("trial %d", trial).isTrue();
                forcedSomewhere += result.suppression().count(CellStatus.NESTED) > 0 ? 1 : 0;
            }
        }
        assertThat(forcedSomewhere).as("trees where nesting had to hide more").isPositive();
    }

    /** A parent, 2 to 4 regions, each with 2 to 5 départements; the parents' counts are the sums of their children. */
    private static List<List<String>> tree(Random random, Map<String, Area> areas) {
        List<List<String>> equations = new ArrayList<>();
        List<String> top = new ArrayList<>(List.of("fr"));
        List<Area> regions = new ArrayList<>();
        int regionCount = 2 + random.nextInt(3);
        for (int g = 0; g < regionCount; g++) {
            String region = "r" + g;
            List<String> equation = new ArrayList<>(List.of(region));
            List<Area> departements = new ArrayList<>();
            int departementCount = 2 + random.nextInt(4);
            for (int d = 0; d < departementCount; d++) {
                Area departement = area(region + "d" + d, randomTable(random));
                areas.put(departement.id(), departement);
                departements.add(departement);
                equation.add(departement.id());
            }
            Area regionArea = area(region, sum(departements));
            areas.put(region, regionArea);
            regions.add(regionArea);
            top.add(region);
            equations.add(equation);
        }
        areas.put("fr", area("fr", sum(regions)));
        equations.add(top);
        return equations;
    }

    private static long[][] randomTable(Random random) {
        long[][] values = new long[ROWS.size()][COLUMNS.size()];
        for (long[] row : values) {
            for (int c = 0; c < row.length; c++) {
                int kind = random.nextInt(10);
                row[c] = kind < 2 ? 0 : kind < 4 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
            }
        }
        return values;
    }

    private static Area area(String id, long[][] values) {
        return new Area(id, ROWS, COLUMNS, values);
    }

    private static long[][] sum(List<Area> children) {
        long[][] total = new long[ROWS.size()][COLUMNS.size()];
        for (Area child : children) {
            for (int r = 0; r < ROWS.size(); r++) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    total[r][c] += child.values()[r][c];
                }
            }
        }
        return total;
    }
}
