package org.backhabit.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcceptLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "de | de",
            "DE | de",
            "de-AT | de",
            "de-CH;q=0.9, en;q=0.5 | de",
            "fr, de;q=0.8 | de",
            "en-GB, de;q=0.9 | en",
            "fr | en",
            "* | en",
            "de;q=0 | en",
            "'' | en",
            "NULL | en",
            "!!nonsense;;q=x | en"})
    void picksTheBestSupportedLanguageAndFallsBack(String header, String expected) {
        assertEquals(expected, AcceptLanguage.negotiate(header, List.of("en", "de"), "en"));
    }
}
