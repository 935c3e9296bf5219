package fr.observatoire.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.vocabulary.AgeBand;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkTest {

    @Test
    void loadsTheCommittedCrosswalkWithTheDreesBands() {
        Crosswalk crosswalk = Crosswalk.load();
        assertThat(crosswalk.entries()).extracting(Crosswalk.Entry::category)
                .contains("EHPAD", "SSIAD", "IME", "SESSAD", "MAS", "FAM", "ESAT", "SAVS", "SAMSAH",
                        "RESIDENCE_ACCUEIL", "HABITAT_INCLUSIF")
                .doesNotHaveDuplicates();
        Crosswalk.Entry ehpad = crosswalk.entries().stream().filter(e -> e.category().equals("EHPAD")).findFirst()
                .orElseThrow();
        assertThat(ehpad.publicServed()).isEqualTo(Public.PERSONNES_AGEES);
        assertThat(ehpad.targetBand()).isEqualTo(AgeBand.AGE_75_PLUS);
        assertThat(ehpad.needDomains()).containsExactly(NeedDomain.HEBERGEMENT);
    }

    @Test
    void refusesAnUnknownNeedDomainNamingLineAndValue() {
        List<String> lines = List.of("# comment", "category;public;target_band;need_domains",
                "EHPAD;personnes_agees;pop_75_plus;hebergement|teleportation");
        assertThatThrownBy(() -> Crosswalk.parse(lines))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("crosswalk.csv line 3, field need_domains: cannot use 'teleportation': not a NeedDomain code");
    }

    @Test
    void refusesABandThatIsNotAPopulationColumn() {
        List<String> lines = List.of("category;public;target_band;need_domains", "IME;enfants_handicapes;pop_3_12;hebergement");
        assertThatThrownBy(() -> Crosswalk.parse(lines))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("crosswalk.csv line 2, field target_band: cannot use 'pop_3_12'");
    }
}
