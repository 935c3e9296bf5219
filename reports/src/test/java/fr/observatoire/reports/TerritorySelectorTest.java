package fr.observatoire.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.data.TerritoryRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritorySelectorTest {

    private final List<TerritoryRef> known = List.of(
            new TerritoryRef("commune", "47001", "Agen"),
            new TerritoryRef("epci", "200096956", "CA Agglomération d'Agen"),
            new TerritoryRef("departement", "47", "Lot-et-Garonne"),
            new TerritoryRef("departement", "75", "Paris"),
            new TerritoryRef("region", "75", "Nouvelle-Aquitaine"),
            new TerritoryRef("france", "FR", "France"),
            new TerritoryRef("grouping:MEL", "MEL", "Métropole européenne de Lille"),
            new TerritoryRef("grouping:schema-47", "nord", "Zone nord"),
            new TerritoryRef("grouping:schema-47", "sud", "Zone sud"));

    @Test
    void allTakesDepartementsRegionsFranceAndGroupingsButNotCommunesOrEpci() {
        assertThat(TerritorySelector.select(known, "all")).extracting(TerritoryRef::level)
                .doesNotContain("commune", "epci").hasSize(7);
    }

    @Test
    void aBareCodeIsReadByItsShapeAndALevelPrefixRemovesTheAmbiguity() {
        assertThat(TerritorySelector.select(known, "47001")).extracting(TerritoryRef::name).containsExactly("Agen");
        assertThat(TerritorySelector.select(known, "200096956")).extracting(TerritoryRef::level).containsExactly("epci");
        assertThat(TerritorySelector.select(known, "75")).extracting(TerritoryRef::name).containsExactly("Paris");
        assertThat(TerritorySelector.select(known, "region:75")).extracting(TerritoryRef::name)
                .containsExactly("Nouvelle-Aquitaine");
        assertThat(TerritorySelector.select(known, "departement:*")).hasSize(2);
    }

    @Test
    void groupingsAndListsSelectSeveralTerritories() {
        assertThat(TerritorySelector.select(known, "grouping:schema-47")).extracting(TerritoryRef::code)
                .containsExactly("nord", "sud");
        assertThat(TerritorySelector.select(known, "grouping:schema-47:sud")).extracting(TerritoryRef::code)
                .containsExactly("sud");
        assertThat(TerritorySelector.select(known, "47,france,47")).extracting(TerritoryRef::code)
                .containsExactly("47", "FR");
        assertThat(new TerritoryRef("grouping:schema-47", "sud", "Zone sud").slug()).isEqualTo("schema-47-sud");
    }

    @Test
    void anUnknownTerritoryIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> TerritorySelector.select(known, "commune:33063"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("field territory: cannot use 'commune:33063': no such territory");
    }
}
