package org.backhabit.catalog.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An illustration of an exercise, served by {@code GET /media/{name}}. */
@Schema(description = "An illustration of an exercise (start and end position), served by GET /media/{name}.")
public record Media(
        @Schema(description = "Media type of the file", example = "image/svg+xml") @NotBlank @Pattern(regexp = MediaFiles.TYPE_PATTERN, message = "must be image/svg+xml, image/png, image/jpeg or image/webp") String type,
        @Schema(example = "/media/wall-angels.svg") @NotBlank @Pattern(regexp = MediaFiles.URL_PATTERN, message = "must be /media/<name>.<svg|png|jpg|webp>") String url,
        @Schema(description = "What the image shows, for people who cannot see it; in the answer's language") @NotBlank @Size(max = 400) @PlainText String altText,
        @Schema(example = "400") @Min(1) @Max(4000) int width,
        @Schema(example = "220") @Min(1) @Max(4000) int height) {

    public Media withAltText(String text) {
        return new Media(type, url, text, width, height);
    }
}
