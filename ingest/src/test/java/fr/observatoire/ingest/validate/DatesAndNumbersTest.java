package fr.observatoire.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesAndNumbersTest {

    @ParameterizedTest
    @CsvSource({"15/03/2025,2025-03-15", "1/2/2024,2024-02-01", "01-02-2024,2024-02-01", "29/02/2024,2024-02-29",
            "2025-03-15,2025-03-15", "2025-03-15T23:59:59+02:00,2025-03-15", "2025-03-15 08:00,2025-03-15",
            "15.03.2025,2025-03-15"})
    void parsesTheDateSpellingsOfTheInputSchema(String raw, LocalDate expected) {
        assertThat(Dates.parse(raw, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "29/02/2025", "2025-13-01", "00/01/2025", "15/03/25", "2025/03/15",
            "15 mars 2025", "45678", "2025-03-15X", "1/2/20245", ""})
    void rejectsImpossibleOrUnknownDates(String raw) {
        assertThat(Dates.parse(raw, false)).isNull();
    }

    @Test
    void readsExcelSerialDatesOnlyWhenAsked() {
        assertThat(Dates.parse("45678", true)).isEqualTo(LocalDate.of(2025, 1, 21));
        assertThat(Dates.parse("45700.5", true)).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(Dates.parse("45678", false)).isNull();
        assertThat(Dates.parse("0", true)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200|1200", "1 200|1200", "1\u00a0200|1200", "1\u202f200|1200",
            "1200,0|1200", "1200.00|1200", "-3|-3", "+4|4", "0|0", "\u00a03\u00a0|3"})
    void parsesWholeNumbersWithSpacesAndAZeroFraction(String raw, long expected) {
        assertThat(WholeNumbers.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "1 200,5", "beaucoup", "12a", "", "-", "1.200,00", "1234567890123"})
    void refusesWhatIsNotAWholeNumber(String raw) {
        assertThat(WholeNumbers.parse(raw)).isEqualTo(WholeNumbers.INVALID);
    }
}
