package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

@Schema(description = "Check-ins, newest first.")
public record CheckInPage(List<CheckInView> items) {
}
