package org.backhabit.catalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.backhabit.problem.Slug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One exercise of the library.")
public record Exercise(
        @Schema(example = "wall-angels") @NotBlank @Slug String slug,
        @Schema(example = "Wall angels") @NotBlank @Size(max = 100) @PlainText String name,
        @NotNull Category category,
        @NotEmpty List<@NotNull TargetArea> targetAreas,
        @NotEmpty List<@NotNull Equipment> equipment,
        @NotEmpty List<@NotNull Position> positions,
        @Schema(description = "Can be done at or beside a desk, without getting on the floor") boolean deskFriendly,
        @NotNull @Valid Dosage dosage,
        @NotEmpty List<@NotBlank @Size(max = 300) @PlainText String> steps,
        @Schema(nullable = true) List<@NotBlank @Size(max = 300) @PlainText String> cues,
        @NotEmpty List<@NotBlank @Size(max = 300) @PlainText String> cautions,
        @Schema(example = "1", minimum = "1", maximum = "3") @Min(1) @Max(3) int difficulty,
        @Schema(nullable = true, example = "shoulder-blade-squeezes") @Slug String easierVariant,
        @Schema(nullable = true) @Slug String harderVariant,
        @Schema(example = "2") @Min(1) @Max(60) int estimatedMinutes,
        @Schema(description = "Illustrations of the start and end position; alt texts in the answer's language")
        @Size(max = 10) List<@NotNull @Valid Media> media) {

    public Exercise {
        media = media == null ? List.of() : media;
    }

    public Exercise withMedia(List<Media> illustrations) {
        return new Exercise(slug, name, category, targetAreas, equipment, positions, deskFriendly, dosage,
                steps, cues, cautions, difficulty, easierVariant, harderVariant, estimatedMinutes, illustrations);
    }

    /** This exercise with its text in another language; what the translation leaves out stays. */
    public Exercise translated(ExerciseText text) {
        List<Media> localMedia = media.stream()
                .map(m -> m.withAltText(text.altTexts().getOrDefault(m.url(), m.altText())))
                .toList();
        return new Exercise(slug, text.name(), category, targetAreas, equipment, positions, deskFriendly, dosage,
                text.steps(), text.cues(), text.cautions(), difficulty, easierVariant, harderVariant, estimatedMinutes,
                localMedia);
    }
}
