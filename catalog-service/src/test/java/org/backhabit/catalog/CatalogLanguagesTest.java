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
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"de-AT | de", "fr | en", "NULL | en"})
    void speaksTheConfiguredLanguagesAndFallsBackToEnglish(String header, String expected) {
        assertEquals(expected, languages.negotiate(header));
        assertEquals("en", new CatalogLanguages(List.of("en")).negotiate("de"));
    }

    @Test
    void translationsAreForSupportedLanguagesOtherThanEnglish() {
        assertEquals("de", languages.requireTranslatable("DE"));
        assertEquals(400, assertThrows(ProblemException.class, () -> languages.requireTranslatable("en")).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> languages.requireTranslatable("fr")).problem().status());
    }
}
