// Calls every endpoint of every service through the typed client, as a front end would. It is
// compiled with `tsc --strict` by `npm run check` (and so by ./mvnw verify); run it against a
// local stack with: TOKEN=$(../../stack token alice) ADMIN_TOKEN=$(../../stack token ops --admin) \
//   CLINICIAN_TOKEN=$(../../stack token dr-meier --clinician) SERVICE_TOKEN=$(../../stack token progress-service --service) \
//   node --experimental-strip-types examples/every-endpoint.ts
import { createBackhabit, newIdempotencyKey, ProblemError, unwrap, withRetries } from "../src/index.js";
import type { session } from "../src/index.js";

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const user = createBackhabit({ token: () => env.TOKEN });
const admin = createBackhabit({ token: () => env.ADMIN_TOKEN });
const clinician = createBackhabit({ token: () => env.CLINICIAN_TOKEN });
const service = createBackhabit({ token: () => env.SERVICE_TOKEN });

async function catalog(): Promise<string> {
  // Typed query parameters: enums, booleans and numbers, not strings.
  const page = await unwrap(user.catalog.GET("/exercises", { params: { query: { category: "STRETCH", deskFriendly: true, maxMinutes: 5, page: 0, size: 20 } } }));
  const first = page.items[0];
  console.log(`${page.total} desk stretches; first: ${first?.name ?? "none"}, cautions: ${first?.cautions.join(" ")}`);
  const wallAngels = await unwrap(user.catalog.GET("/exercises/{slug}", { params: { path: { slug: "wall-angels" } } }));
  const easier: string | null | undefined = wallAngels.easierVariant;
  console.log(`${wallAngels.name}: ${wallAngels.dosage.sets ?? "-"} sets, easier: ${easier ?? "none"}`);

  const routines = await unwrap(user.catalog.GET("/routines", { params: { query: { kind: "DESK_BREAK" } } }));
  const routine = await unwrap(user.catalog.GET("/routines/{slug}", { params: { path: { slug: routines.items[0]?.slug ?? "desk-break" } } }));
  console.log(`${routine.name}: ${routine.items.map((item) => item.exercise?.name ?? item.exerciseSlug).join(", ")}`);
  const flags = await unwrap(user.catalog.GET("/guidance/red-flags"));
  console.log(`${flags.filter((f) => f.urgency === "IMMEDIATE").length} warning signs need care at once`);

  // Admin writes (the admin group): create, replace, delete an exercise and a routine.
  const draft = { ...wallAngels, slug: "example-wall-angels", name: "Wall angels (example)" };
  const created = await unwrap(admin.catalog.POST("/exercises", { body: draft }));
  await unwrap(admin.catalog.PUT("/exercises/{slug}", { params: { path: { slug: created.slug } }, body: { ...created, estimatedMinutes: 3 } }));
  const newRoutine = await unwrap(admin.catalog.POST("/routines", {
    body: { slug: "example-routine", name: "Example", purpose: "Shows the client", kind: "MOBILITY", estimatedMinutes: 3, recommendedPerWeek: 2,
      items: [{ order: 1, exerciseSlug: created.slug, dosage: created.dosage }] },
  }));
  await unwrap(admin.catalog.PUT("/routines/{slug}", { params: { path: { slug: newRoutine.slug } }, body: { ...newRoutine, estimatedMinutes: 4 } }));
  await unwrap(admin.catalog.PUT("/routines/{slug}/translations/{language}", {
    params: { path: { slug: newRoutine.slug, language: "de" } }, body: { name: "Beispiel", purpose: "Zeigt den Client" } }));
  await unwrap(admin.catalog.DELETE("/routines/{slug}", { params: { path: { slug: newRoutine.slug } } }));
  await unwrap(admin.catalog.PUT("/exercises/{slug}/translations/{language}", {
    params: { path: { slug: created.slug, language: "de" } },
    body: { name: "Wandengel (Beispiel)", steps: created.steps, cues: created.cues ?? [], cautions: created.cautions, altTexts: {} },
  }));
  await unwrap(admin.catalog.DELETE("/exercises/{slug}", { params: { path: { slug: created.slug } } }));
  const flag = flags[0];
  if (flag) {
    await unwrap(admin.catalog.PUT("/guidance/red-flags/{code}/translations/{language}", {
      params: { path: { code: flag.code, language: "de" } }, body: { description: flag.description } }));
  }

  // Illustrations are files, not JSON: read them as text, send them as they are.
  const picture = wallAngels.media[0];
  if (picture) {
    const name = picture.url.replace("/media/", "");
    const svg = await user.catalog.GET("/media/{name}", { params: { path: { name } }, parseAs: "text" });
    const stored = await unwrap(admin.catalog.PUT("/media/{name}", {
      params: { path: { name: "example-copy.svg" } }, body: String(svg.data), bodySerializer: (body: string) => body,
      headers: { "Content-Type": "image/svg+xml" },
    }));
    console.log(`${picture.altText}: copied to ${stored.url} (${stored.bytes} bytes)`);
  }
  return routine.slug;
}

async function sessions(routineSlug: string): Promise<void> {
  const body: session.components["schemas"]["SessionRequest"] = {
    routineSlug, completedAt: new Date().toISOString(), timeZone: "Europe/Berlin", durationMinutes: 6, painBefore: 5, painAfter: 3, effort: 4,
  };
  // One key for every retry of this write: the service records it once.
  const key = newIdempotencyKey();
  const recorded = await withRetries(() => user.session.POST("/sessions", { params: { header: { "Idempotency-Key": key } }, body }));
  console.log(`recorded ${recorded.id} on ${recorded.localDate} (${recorded.kind})`);
  const again = await user.session.POST("/sessions", { params: { header: { "Idempotency-Key": key } }, body });
  console.log(`retry replayed: ${again.response.headers.get("Idempotent-Replayed")}`);

  const page = await unwrap(user.session.GET("/sessions", { params: { query: { from: "2026-01-01", limit: 10 } } }));
  const next = page.nextCursor ?? undefined;
  console.log(`${page.items.length} sessions, more: ${next !== undefined}`);
  const one = await unwrap(user.session.GET("/sessions/{id}", { params: { path: { id: recorded.id } } }));
  const corrected = await unwrap(user.session.PUT("/sessions/{id}", { params: { path: { id: one.id } }, body: { ...body, painAfter: 2 } }));
  console.log(`revision ${corrected.revision}, pain after ${corrected.painAfter ?? "not given"}`);
  await unwrap(user.session.DELETE("/sessions/{id}", { params: { path: { id: corrected.id } } }));
  // Without unwrap, the error is typed too: the shared Problem.
  const { error } = await user.session.GET("/sessions/{id}", { params: { path: { id: corrected.id } } });
  if (error) {
    console.log(`after deleting: ${error.status} ${error.title}`);
  }

  const checkIn = await withRetries(() => user.session.POST("/check-ins", {
    params: { header: { "Idempotency-Key": newIdempotencyKey() } },
    body: { at: new Date().toISOString(), timeZone: "Europe/Berlin", painLevel: 3, areas: ["NECK"], redFlags: [] },
  }));
  const checkIns = await unwrap(user.session.GET("/check-ins", { params: { query: { limit: 5 } } }));
  const same = await unwrap(user.session.GET("/check-ins/{id}", { params: { path: { id: checkIn.id } } }));
  console.log(`${checkIns.items.length} check-ins; latest pain ${same.painLevel}`);
}

async function progress(): Promise<void> {
  const dashboard = await unwrap(user.progress.GET("/progress/me/dashboard", { params: { query: { weeks: 8 } } }));
  const week = dashboard.currentWeek;
  console.log(`this week ${week.activeDays}/${week.goal}, streak ${dashboard.streak.currentWeeks}, score ${dashboard.consistencyScore}`);
  const painNow: number | null | undefined = dashboard.pain.last7DaysAvg;
  console.log(`pain ${painNow ?? "no readings"}, trend ${dashboard.pain.trend}, last session ${dashboard.lastSessionAt ?? "never"}`);
  console.log(`score curve: ${dashboard.consistencyHistory.map((p) => p.score).join(" ")}`);
  const weeks = await unwrap(user.progress.GET("/progress/me/weeks", { params: { query: { from: "2026-09-01", to: "2026-11-30" } } }));
  console.log(`${weeks.filter((w) => w.goalMet).length} weeks met the goal`);

  const goal = await unwrap(user.progress.GET("/progress/me/goal"));
  await unwrap(user.progress.PUT("/progress/me/goal", { body: { ...goal, sessionsPerWeek: 3, weekStartsOn: "MONDAY" } }));

  const pause = await unwrap(user.progress.POST("/progress/me/pauses", { body: { from: "2026-12-24", to: "2026-12-31", reason: "TRAVEL" } }));
  const pauses = await unwrap(user.progress.GET("/progress/me/pauses"));
  console.log(`${pauses.length} pauses`);
  await unwrap(user.progress.DELETE("/progress/me/pauses/{id}", { params: { path: { id: pause.id } } }));

  const prompts = await unwrap(user.progress.GET("/progress/me/prompts"));
  const open = prompts.find((p) => p.dismissedAt === null);
  if (open) {
    await unwrap(user.progress.POST("/progress/me/prompts/{id}/dismiss", { params: { path: { id: open.id } } }));
  }
  const exported = await unwrap(user.progress.GET("/progress/me/export", { params: { query: { format: "json" } } }));
  console.log(`export holds ${exported.sessions.length} sessions`);

  const rebuild = await unwrap(admin.progress.POST("/admin/projections/rebuild"));
  const state = await unwrap(admin.progress.GET("/admin/projections/rebuild"));
  console.log(`rebuild ${rebuild.state} -> ${state.state}, ${state.eventsPerSecond ?? "-"} events/s`);
}

async function notifications(): Promise<void> {
  const n = user.notification;
  const email = await unwrap(n.PUT("/notifications/me/email", { body: { address: "alex@example.org" } }));
  const sameEmail = await unwrap(n.GET("/notifications/me/email"));
  console.log(`mail to ${email.address}, enabled ${sameEmail.enabled} ${sameEmail.disabledReason ?? ""}`);

  const hook = await unwrap(n.POST("/notifications/me/webhooks", { body: { url: "https://hooks.example.org/backhabit" } }));
  console.log(`webhook ${hook.id}: keep the secret ${hook.secret.slice(0, 6)}..., it is shown only once`);
  const hooks = await unwrap(n.GET("/notifications/me/webhooks"));
  console.log(`${hooks.length} webhooks`);
  await unwrap(n.DELETE("/notifications/me/webhooks/{id}", { params: { path: { id: hook.id } } }));

  const vapid = await unwrap(n.GET("/notifications/vapid-public-key"));
  // In a browser: registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: vapid.publicKey })
  const subscription = await unwrap(n.POST("/notifications/me/push-subscriptions", {
    body: { endpoint: "https://push.example.org/send/abc", keys: { p256dh: vapid.publicKey, auth: "c2VjcmV0c2VjcmV0c2VjcmV0" } },
  }));
  const subscriptions = await unwrap(n.GET("/notifications/me/push-subscriptions"));
  console.log(`${subscriptions.length} push subscriptions`);
  await unwrap(n.DELETE("/notifications/me/push-subscriptions/{id}", { params: { path: { id: subscription.id } } }));

  const reminder = await unwrap(n.PUT("/notifications/me/reminders", {
    body: { days: ["MONDAY", "WEDNESDAY", "FRIDAY"], localTime: "18:30", timeZone: "Europe/Berlin" },
  }));
  const sameReminder = await unwrap(n.GET("/notifications/me/reminders"));
  console.log(`next reminder ${reminder.nextAt} (${sameReminder.days.join(", ")})`);
  const preferences = await unwrap(n.PUT("/notifications/me/preferences", {
    body: { quietHours: { from: "22:00", to: "07:00" }, optOut: ["ADD_STRENGTH"], timeZone: "Europe/Berlin" },
  }));
  const samePreferences = await unwrap(n.GET("/notifications/me/preferences"));
  console.log(`quiet from ${preferences.quietHours?.from ?? "-"}; opted out of ${samePreferences.optOut.join(", ")}`);
  const deliveries = await unwrap(n.GET("/notifications/me/deliveries", { params: { query: { limit: 20 } } }));
  for (const d of deliveries.items) {
    console.log(`${d.channel} ${d.kind} ${d.status} after ${d.attempts} attempts ${d.lastError ?? ""}`);
  }
  await unwrap(n.DELETE("/notifications/me/reminders"));
  await unwrap(n.DELETE("/notifications/me/email"));
  // The link in every e-mail; it needs no token, the path carries the credential.
  const { error } = await n.POST("/notifications/unsubscribe/{token}", { params: { path: { token: "from-the-email" } } });
  const page = await n.GET("/notifications/unsubscribe/{token}", { params: { path: { token: "from-the-email" } }, parseAs: "text" });
  console.log(`unsubscribe with a made-up token: ${error?.status ?? "ok"}, page ${page.response.status}`);
}

async function careAndDataRights(): Promise<void> {
  // Sharing with a clinician: by their user id, or by a one-time invite code they redeem.
  const until = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  const share = await unwrap(user.progress.POST("/progress/me/shares", { body: { clinicianId: "dr-meier", expiresAt: until, scope: ["DASHBOARD", "CHECK_INS"] } }));
  const invite = await unwrap(user.progress.POST("/progress/me/shares", { body: { expiresAt: until, scope: ["SESSIONS"] } }));
  if (invite.inviteCode) {
    await unwrap(clinician.progress.POST("/clinician/invites", { body: { code: invite.inviteCode } }));
  }
  const shares = await unwrap(user.progress.GET("/progress/me/shares"));
  console.log(`${shares.items?.length ?? 0} shares`);

  // The clinician's read-only views, each one written to the person's access log.
  const patients = await unwrap(clinician.progress.GET("/clinician/patients"));
  const patient = patients.items?.[0]?.patientId ?? "alice";
  const path = { path: { userId: patient } };
  const theirs = await unwrap(clinician.progress.GET("/clinician/patients/{userId}/dashboard", { params: { ...path, query: { weeks: 8 } } }));
  await unwrap(clinician.progress.GET("/clinician/patients/{userId}/weeks", { params: { ...path, query: { from: "2026-09-01", to: "2026-11-30" } } }));
  await unwrap(clinician.progress.GET("/clinician/patients/{userId}/sessions", { params: path }));
  await unwrap(clinician.progress.GET("/clinician/patients/{userId}/check-ins", { params: path }));
  console.log(`patient ${patient}: score ${theirs.consistencyScore}`);
  const advice = await unwrap(clinician.progress.POST("/clinician/patients/{userId}/recommendations", {
    params: path, body: { routineSlug: "posture-strength", sessionsPerWeek: 3, message: "Twice at the desk, once on the mat." } }));
  const log = await unwrap(user.progress.GET("/progress/me/access-log"));
  console.log(`${log.items?.length ?? 0} clinician reads logged`);
  const recommendations = await unwrap(user.progress.GET("/progress/me/recommendations"));
  console.log(`${recommendations.items?.length ?? 0} recommendations`);
  await unwrap(user.progress.POST("/progress/me/recommendations/{id}/accept", { params: { path: { id: advice.id } } }));
  const ignored = await user.progress.POST("/progress/me/recommendations/{id}/ignore", { params: { path: { id: advice.id } } });
  console.log(`ignoring an accepted recommendation: ${ignored.error?.status ?? "ok"}`);
  await unwrap(user.progress.DELETE("/progress/me/shares/{id}", { params: { path: { id: share.id } } }));

  // Export from every service, erase, and bring the history back.
  const sessionsExport = await unwrap(user.session.GET("/me/export", { params: { query: { format: "json" } } }));
  const progressExport = await unwrap(user.progress.GET("/progress/me/export", { params: { query: { format: "json" } } }));
  const notificationsExport = await unwrap(user.notification.GET("/notifications/me/export", { params: { query: { format: "json" } } }));
  console.log(`notification export: ${notificationsExport.deliveries.length} deliveries`);
  const keyId = "a-key-id-from-a-sealed-event";
  await service.session.GET("/internal/event-keys/{keyId}", { params: { path: { keyId } } });
  await service.session.PUT("/internal/event-keys/by-user/{userId}", { params: { path: { userId: patient } } });
  const erasure = await unwrap(user.session.DELETE("/me"));
  const state = await unwrap(user.session.GET("/me/erasure"));
  console.log(`erasure ${erasure.id}: ${state.state}`);
  await unwrap(user.session.POST("/me/import", { body: sessionsExport }));
  const restored = await unwrap(user.progress.POST("/progress/me/import", { body: progressExport }));
  console.log(`goal back: ${restored.goalImported}, pauses back: ${restored.pausesImported}`);
  await unwrap(admin.session.DELETE("/admin/users/{userId}", { params: { path: { userId: "someone-else" } } }));
  await unwrap(admin.session.GET("/admin/users/{userId}/erasure", { params: { path: { userId: "someone-else" } } }));
}

try {
  await sessions(await catalog());
  await progress();
  await notifications();
  await careAndDataRights();
} catch (error) {
  if (error instanceof ProblemError) {
    // Every error is a Problem: status, title, detail and the fields at fault.
    console.error(`${error.status} ${error.problem.title}: ${error.problem.detail ?? ""}`);
    for (const v of error.problem.violations ?? []) {
      console.error(`  ${v.field}: ${v.message}`);
    }
  } else {
    throw error;
  }
}
