package org.backhabit.catalog;

import org.backhabit.catalog.service.CatalogLanguages;
import org.backhabit.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogLanguagesTest {

    private final CatalogLanguages languages = new CatalogLanguages(List.of("en", "de"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "de | de",
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
    void picksTheBestSupportedLanguageAndFallsBackToEnglish(String header, String expected) {
        assertEquals(expected, languages.negotiate(header));
    }

    @Test
    void translationsAreForSupportedLanguagesOtherThanEnglish() {
        assertEquals("de", languages.requireTranslatable("DE"));
        assertEquals(400, assertThrows(ProblemException.class, () -> languages.requireTranslatable("en")).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> languages.requireTranslatable("fr")).problem().status());
    }
}
