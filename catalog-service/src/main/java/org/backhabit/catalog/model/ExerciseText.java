package org.backhabit.catalog.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "An exercise's text in one language: replaces name, steps, cues and cautions, and the alt text of each "
        + "illustration named by its URL. Steps, cues and cautions keep the order of the English ones.")
public record ExerciseText(
        @Schema(example = "Wandengel") @NotBlank @Size(max = 100) @PlainText String name,
        @NotEmpty List<@NotBlank @Size(max = 300) @PlainText String> steps,
        List<@NotBlank @Size(max = 300) @PlainText String> cues,
        @NotEmpty List<@NotBlank @Size(max = 300) @PlainText String> cautions,
        @Schema(description = "Alt text by media URL", example = "{\"/media/wall-angels.svg\": \"Zwei Zeichnungen ...\"}")
        Map<String, @NotBlank @Size(max = 400) @PlainText String> altTexts) {

    public ExerciseText {
        cues = cues == null ? List.of() : cues;
        altTexts = altTexts == null ? Map.of() : altTexts;
    }
}
