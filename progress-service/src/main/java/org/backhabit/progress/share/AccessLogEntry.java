package org.backhabit.progress.share;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "One read of the person's data by a clinician: who, what (PATIENT_LIST, DASHBOARD, WEEKS, SESSIONS, CHECK_INS), when.")
public record AccessLogEntry(String clinicianId, String what, OffsetDateTime at) {
}
