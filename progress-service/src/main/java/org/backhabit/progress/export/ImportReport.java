package org.backhabit.progress.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import of progress's own export added; importing the same file again adds nothing.")
public record ImportReport(@Schema(description = "Whether the weekly goal changed to the file's") boolean goalImported,
                           int pausesImported, int pausesAlreadyPresent) {
}
