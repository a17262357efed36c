// The reference web app: sign in, the dashboard, the library, the routine player, check-ins and
// settings. Plain ES modules, no build step; every call goes to the services' public APIs.
import { Api, ProblemError } from "./api.js";
import { h, replace } from "./dom.js";
import { weeklyBars, lines, ring } from "./charts.js";
import { player, dosageText, illustrations } from "./player.js";

const main = document.getElementById("main");
const status = document.getElementById("status");
const nav = document.getElementById("nav");
const config = await fetch("config.json", { cache: "no-store" }).then((r) => r.json());
const api = new Api(config);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
let redFlagGuide = null;
let shownView = null;
const WAIT_FOR = "backhabit.waitFor";

const AREAS = { BETWEEN_SHOULDER_BLADES: "Between the shoulder blades", NECK: "Neck", SHOULDERS: "Shoulders", MID_BACK: "Mid back" };
// The warning signs a check-in accepts (session-service's vocabulary); descriptions come from the catalog.
const CHECK_IN_FLAGS = ["NUMBNESS_OR_TINGLING", "ARM_WEAKNESS", "CHEST_PAIN", "SHORTNESS_OF_BREATH", "FEVER_OR_CHILLS", "RECENT_INJURY", "NIGHT_PAIN", "WORSENING"];
const TREND = { IMPROVING: "easing", STEADY: "steady", WORSENING: "getting worse", NOT_ENOUGH_DATA: "not enough readings yet" };

let sayTimer = null;

/** A short message in the polite live region; it fades after a few seconds. */
function say(message) {
  status.textContent = message;
  clearTimeout(sayTimer);
  if (message) {
    sayTimer = setTimeout(() => { status.textContent = ""; }, 4000);
  }
}

function label(text) {
  return text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, " ");
}

function errorBox(error) {
  const problem = error instanceof ProblemError ? error.problem : null;
  return h("div", { class: "error", role: "alert" },
    h("strong", {}, problem ? `${problem.title}: ` : "Could not reach the service. "),
    problem ? problem.detail || "" : "Check your connection and try again.",
    problem?.violations?.length ? h("ul", {}, problem.violations.map((v) => h("li", {}, `${v.field}: ${v.message}`))) : null);
}

function field(labelText, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  const hintId = hint ? `${id}-hint` : undefined;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { for: id }, labelText), input, hint ? h("small", { id: hintId }, hint) : null);
}

async function guidance() {
  redFlagGuide ??= await api.redFlags().catch(() => []);
  return redFlagGuide;
}

function nowWithOffset() {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const local = new Date(now.getTime() + offset * 60000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

// ---- sign in -------------------------------------------------------------------------------

function signInView() {
  const token = h("textarea", { testid: "token-input", rows: 4, autocomplete: "off", spellcheck: "false", required: true });
  const problem = h("div");
  async function signIn(event) {
    event.preventDefault();
    api.token = token.value.trim();
    try {
      await api.goal();
      location.hash = "#/";
    } catch (error) {
      api.token = null;
      replace(problem, error instanceof ProblemError && error.status === 401
        ? h("div", { class: "error", role: "alert" }, "This token was not accepted (expired, or signed by someone else).")
        : errorBox(error));
    }
  }
  const devName = h("input", { type: "text", autocomplete: "username", value: "", required: true, pattern: "[A-Za-z0-9._@-]{1,64}" });
  async function devSignIn(event) {
    event.preventDefault();
    const response = await fetch("dev/sign-in", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: devName.value.trim() }) });
    const body = await response.json();
    if (!response.ok) {
      replace(problem, errorBox(new ProblemError(response.status, body)));
      return;
    }
    token.value = body.token;
    await signIn(event);
  }
  return h("section", { class: "narrow", "aria-labelledby": "signin-title" },
    h("h1", { id: "signin-title" }, "Welcome back"),
    h("p", { class: "lead" }, "Short routines for an upper back that sits too much. Three a week, and watch the pain ease."),
    problem,
    h("form", { class: "card", onsubmit: signIn },
      field("Your access token", token, "Paste the token your provider gave you (a JWT)."),
      h("button", { type: "submit", testid: "sign-in" }, "Sign in")),
    config.devSignIn ? h("form", { class: "card dev", onsubmit: devSignIn },
      h("h2", {}, "Dev sign-in (local stack only)"),
      field("A name to sign in as", devName, "Mints a 12-hour token for this user id with the local dev key."),
      h("button", { type: "submit", class: "secondary", testid: "dev-sign-in" }, "Sign in with a dev token")) : null);
}

// ---- dashboard -----------------------------------------------------------------------------

let refreshes = 0;

async function dashboardView(root) {
  const dashboard = await api.dashboard(12);
  // A session just recorded reaches progress through the event log a moment later: show what
  // there is, and look again every second (for up to a minute) until it is counted.
  const waitFor = sessionStorage.getItem(WAIT_FOR);
  if (waitFor && (!dashboard.lastSessionAt || new Date(dashboard.lastSessionAt) < new Date(waitFor)) && refreshes++ < 60) {
    say("Updating your progress …");
    setTimeout(() => location.hash.replace(/^#\/?/, "") === "" && route(), 1000);
  } else {
    sessionStorage.removeItem(WAIT_FOR);
    refreshes = 0;
    say("");
  }
  const week = dashboard.currentWeek;
  const urgent = dashboard.prompts.filter((p) => p.severity === "URGENT");
  const others = dashboard.prompts.filter((p) => p.severity !== "URGENT");
  const guide = urgent.length ? await guidance() : [];
  const dates = dashboard.weeks.map((w) => w.weekStart);
  replace(root,
    h("h1", {}, `Hello ${api.userId}`),
    urgent.map((p) => h("article", { class: "prompt urgent", role: "alert", testid: "prompt", "data-type": p.type, "data-severity": p.severity },
      h("h2", {}, p.title),
      h("p", {}, p.message),
      guide.length ? h("details", { open: true }, h("summary", {}, "Warning signs and what to do"),
        h("ul", {}, guide.map((g) => h("li", {}, h("strong", {}, g.urgency === "IMMEDIATE" ? "Now: " : "Within days: "), g.description)))) : null,
      h("button", { type: "button", class: "secondary", onclick: () => dismiss(p.id) }, "I have read this"))),
    h("div", { class: "cards stats" },
      h("section", { class: "card stat week", "aria-labelledby": "week-title" },
        h("h2", { id: "week-title" }, week.paused ? "This week (paused)" : "This week"),
        h("div", { class: "ring-box" }, ring(week.activeDays, week.goal),
          h("p", { class: "ring-text" }, h("span", { class: "big", testid: "week-active-days" }, week.activeDays), h("span", {}, ` of ${week.goal} days`))),
        h("p", {}, week.goalMet ? "Goal met. Lovely." : `${week.remaining} to go, ${week.daysLeft} ${week.daysLeft === 1 ? "day" : "days"} left.`)),
      h("section", { class: "card stat", "aria-labelledby": "streak-title" },
        h("h2", { id: "streak-title" }, "Streak"),
        h("p", {}, h("span", { class: "big", testid: "streak-weeks" }, dashboard.streak.currentWeeks), ` ${dashboard.streak.currentWeeks === 1 ? "week" : "weeks"}`),
        h("p", { class: "muted" }, `Longest: ${dashboard.streak.longestWeeks} weeks`)),
      h("section", { class: "card stat", "aria-labelledby": "score-title" },
        h("h2", { id: "score-title" }, "Consistency"),
        h("p", {}, h("span", { class: "big", testid: "consistency-score" }, dashboard.consistencyScore), " / 100"),
        h("p", { class: "muted" }, `${dashboard.rolling7Days} sessions in the last 7 days`))),
    h("div", { class: "actions" },
      h("a", { class: "button", href: "#/library" }, "Start a routine"),
      h("a", { class: "button secondary", href: "#/check-in" }, "Check in")),
    others.length ? h("section", { "aria-labelledby": "prompts-title" }, h("h2", { id: "prompts-title" }, "For you"),
      others.map((p) => h("article", { class: `prompt ${p.severity.toLowerCase()}`, testid: "prompt", "data-type": p.type, "data-severity": p.severity },
        h("h3", {}, p.title), h("p", {}, p.message),
        h("button", { type: "button", class: "link", onclick: () => dismiss(p.id) }, "Dismiss")))) : null,
    h("div", { class: "cards charts" },
      h("section", { class: "card", "aria-labelledby": "weeks-title" },
        h("h2", { id: "weeks-title" }, "Active days per week"),
        weeklyBars(dashboard.weeks, dashboard.goal.sessionsPerWeek)),
      h("section", { class: "card", "aria-labelledby": "trend-title" },
        h("h2", { id: "trend-title" }, "Consistency over time"),
        lines({ id: "score-chart", title: "Consistency score at the end of each week", dates: (dashboard.consistencyHistory || []).map((p) => p.date),
          series: [{ name: "score", values: (dashboard.consistencyHistory || []).map((p) => p.score), className: "series-score" }], min: 0, max: 100 })),
      h("section", { class: "card", "aria-labelledby": "pain-title" },
        h("h2", { id: "pain-title" }, "Pain"),
        h("p", {}, `Trend: ${TREND[dashboard.pain.trend]}. `,
          dashboard.pain.last7DaysAvg !== null ? `Last 7 days ${dashboard.pain.last7DaysAvg}, last 28 days ${dashboard.pain.last28DaysAvg ?? "–"}. ` : "",
          dashboard.pain.avgReliefPerSession !== null ? `A session eases it by ${dashboard.pain.avgReliefPerSession} on average.` : ""),
        lines({ id: "pain-chart", title: "Average pain before and after sessions, per week (0 to 10)", dates,
          series: [
            { name: "before", values: dashboard.weeks.map((w) => w.avgPainBefore), className: "series-before" },
            { name: "after", values: dashboard.weeks.map((w) => w.avgPainAfter), className: "series-after" }],
          min: 0, max: 10 }),
        h("p", { class: "legend" }, h("span", { class: "key before" }), "before ", h("span", { class: "key after" }), "after"))));
}

async function dismiss(id) {
  await api.dismissPrompt(id);
  route();
}

// ---- library -------------------------------------------------------------------------------

function exerciseCard(e) {
  return h("li", { class: "card" },
    h("h3", {}, e.name),
    h("p", { class: "meta" }, `${label(e.category)} · ${dosageText(e.dosage)} · about ${e.estimatedMinutes} min${e.deskFriendly ? " · at the desk" : ""}`),
    h("details", {}, h("summary", {}, "How to"),
      illustrations(e.media, config.catalogUrl),
      h("ol", {}, e.steps.map((s) => h("li", {}, s))),
      e.cues?.length ? h("ul", { class: "cues" }, e.cues.map((c) => h("li", {}, c))) : null),
    h("div", { class: "caution", role: "note" }, h("strong", {}, "Take care: "), e.cautions.join(" ")));
}

async function libraryView(root) {
  const kind = h("select", { id: "kind" }, h("option", { value: "" }, "All kinds"),
    ["STRENGTH", "MOBILITY", "RELIEF", "DESK_BREAK", "RECOVERY"].map((k) => h("option", { value: k }, label(k))));
  const routineList = h("ul", { class: "list", testid: "routine-list" });
  async function loadRoutines() {
    const page = await api.routines(kind.value);
    replace(routineList, page.items.map((r) => h("li", { class: "card routine", "data-slug": r.slug },
      h("h3", {}, r.name),
      h("p", { class: "meta" }, `${label(r.kind)} · ${r.estimatedMinutes} min · ${r.items.length} exercises · ${r.recommendedPerWeek}× a week`),
      h("p", {}, r.purpose),
      h("a", { class: "button", href: `#/play/${r.slug}`, "aria-label": `Start ${r.name}` }, "Start"))));
  }
  kind.addEventListener("change", loadRoutines);

  const filters = {
    category: h("select", {}, h("option", { value: "" }, "Any"), ["WARM_UP", "STRETCH", "STRENGTH", "MOBILITY", "SELF_MASSAGE", "HEAT_COLD", "BREATHING", "POSTURE"].map((c) => h("option", { value: c }, label(c)))),
    position: h("select", {}, h("option", { value: "" }, "Any"), ["SEATED", "STANDING", "FLOOR", "ALL_FOURS", "LYING"].map((p) => h("option", { value: p }, label(p)))),
    equipment: h("select", {}, h("option", { value: "" }, "Any"), ["NONE", "WALL", "CHAIR", "DOORWAY", "TENNIS_BALL", "FOAM_ROLLER", "STABILITY_BALL", "RESISTANCE_BAND", "DUMBBELL", "HEAT_PACK", "ICE_PACK", "MAT"].map((p) => h("option", { value: p }, label(p)))),
    maxMinutes: h("input", { type: "number", min: 1, max: 60, inputmode: "numeric" }),
    q: h("input", { type: "search" }),
  };
  const desk = h("input", { type: "checkbox", id: "desk" });
  const exerciseList = h("ul", { class: "list", testid: "exercise-list" });
  const exerciseProblem = h("div");
  async function loadExercises(event) {
    event?.preventDefault();
    try {
      const page = await api.exercises({ ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v.value])), deskFriendly: desk.checked ? "true" : "" });
      replace(exerciseProblem);
      replace(exerciseList, page.items.length ? page.items.map(exerciseCard) : h("li", {}, "Nothing matches; try fewer filters."));
      say(`${page.total} exercises`);
    } catch (error) {
      replace(exerciseProblem, errorBox(error));
    }
  }
  const flags = await guidance();
  replace(root,
    h("h1", {}, "Library"),
    h("section", { "aria-labelledby": "routines-title" },
      h("h2", { id: "routines-title" }, "Routines"),
      field("Kind", kind),
      routineList),
    h("section", { "aria-labelledby": "exercises-title" },
      h("h2", { id: "exercises-title" }, "Exercises"),
      h("form", { class: "filters", onsubmit: loadExercises, onchange: loadExercises },
        field("Category", filters.category), field("Position", filters.position), field("Equipment", filters.equipment),
        field("At most minutes", filters.maxMinutes), field("Search", filters.q),
        h("div", { class: "field check" }, desk, h("label", { for: "desk" }, "At the desk")),
        h("button", { type: "submit", class: "secondary" }, "Filter")),
      exerciseProblem,
      exerciseList),
    h("section", { "aria-labelledby": "flags-title", class: "card caution-card" },
      h("h2", { id: "flags-title" }, "When to stop and get help"),
      h("p", {}, "Self-care is for ordinary muscle tension. Stop the routines and seek care if you notice:"),
      h("ul", {}, flags.map((f) => h("li", {}, h("strong", {}, f.urgency === "IMMEDIATE" ? "Now (emergency): " : "See a doctor soon: "), f.description)))));
  await Promise.all([loadRoutines(), loadExercises()]);
}

// ---- routine player and recording ----------------------------------------------------------

async function playView(root, slug) {
  const routine = await api.routine(slug);
  replace(root, player(routine, config.catalogUrl, ({ durationMinutes }) => replace(root, recordForm(routine, durationMinutes))));
}

function recordForm(routine, durationMinutes) {
  const number = (testid, value) => h("input", { type: "number", min: 0, max: 10, step: 1, inputmode: "numeric", testid, value, required: true });
  const before = number("pain-before", "");
  const after = number("pain-after", "");
  const effort = number("effort", 5);
  const minutes = h("input", { type: "number", min: 1, max: 240, value: durationMinutes, required: true });
  const notes = h("textarea", { rows: 2, maxlength: 2000 });
  const problem = h("div");
  async function save(event) {
    event.preventDefault();
    const completedAt = nowWithOffset();
    const body = { routineSlug: routine.slug, completedAt, timeZone: zone, durationMinutes: Number(minutes.value),
      painBefore: Number(before.value), painAfter: Number(after.value), effort: Number(effort.value), notes: notes.value || null };
    try {
      const { queued } = await api.recordSession(body);
      if (queued) {
        say("Saved on this device; it will be sent when you are back online.");
        location.hash = "#/";
        return;
      }
      say("Session recorded.");
      sessionStorage.setItem(WAIT_FOR, completedAt);
      location.hash = "#/";
    } catch (error) {
      replace(problem, errorBox(error));
    }
  }
  return h("form", { class: "card narrow", onsubmit: save, "aria-labelledby": "record-title" },
    h("h2", { id: "record-title", tabindex: "-1" }, `Record ${routine.name}`),
    problem,
    field("Pain before (0 to 10)", before, "0 is no pain, 10 the worst you can imagine."),
    field("Pain after (0 to 10)", after),
    field("Effort (0 to 10)", effort, "How hard it felt."),
    field("Minutes", minutes),
    field("Notes (optional)", notes),
    h("button", { type: "submit", testid: "save-session" }, "Save session"));
}

// ---- check-in ------------------------------------------------------------------------------

async function checkInView(root) {
  const flags = await guidance();
  const pain = h("input", { type: "number", min: 0, max: 10, required: true, testid: "checkin-pain", inputmode: "numeric" });
  const areas = Object.entries(AREAS).map(([code, text]) => ({ code, box: h("input", { type: "checkbox", id: `area-${code}`, value: code }), text }));
  const described = new Map(flags.map((f) => [f.code, f]));
  const redFlags = CHECK_IN_FLAGS.map((code) => described.get(code) ?? { code, description: label(code), urgency: "SOON" }).map((f) => ({ code: f.code, box: h("input", { type: "checkbox", id: `flag-${f.code}`, value: f.code, testid: `flag-${f.code}` }), text: f.description, urgency: f.urgency }));
  const problem = h("div");
  async function save(event) {
    event.preventDefault();
    const chosen = redFlags.filter((f) => f.box.checked);
    const body = { at: nowWithOffset(), timeZone: zone, painLevel: Number(pain.value),
      areas: areas.filter((a) => a.box.checked).map((a) => a.code), redFlags: chosen.map((f) => f.code) };
    try {
      await api.recordCheckIn(body);
      if (chosen.length) {
        replace(root, h("section", { class: "prompt urgent", role: "alert" },
          h("h1", {}, "Please stop the routines and get care"),
          h("ul", {}, chosen.map((f) => h("li", {}, h("strong", {}, f.urgency === "IMMEDIATE" ? "Now, call emergency services: " : "Within days, see a doctor: "), f.text))),
          h("p", {}, "Your dashboard will remind you. Exercise nudges pause for a week."),
          h("a", { class: "button", href: "#/" }, "To the dashboard")));
        return;
      }
      say("Check-in saved.");
      location.hash = "#/";
    } catch (error) {
      replace(problem, errorBox(error));
    }
  }
  replace(root, h("form", { class: "card narrow", onsubmit: save, "aria-labelledby": "checkin-title" },
    h("h1", { id: "checkin-title" }, "How is your back today?"),
    problem,
    field("Pain now (0 to 10)", pain),
    h("fieldset", {}, h("legend", {}, "Where"), areas.map((a) => h("div", { class: "check" }, a.box, h("label", { for: a.box.id }, a.text)))),
    h("fieldset", { class: "flags" }, h("legend", {}, "Any of these? (warning signs)"),
      redFlags.map((f) => h("div", { class: "check" }, f.box, h("label", { for: f.box.id }, f.text)))),
    h("button", { type: "submit", testid: "save-check-in" }, "Save check-in")));
}

// ---- settings ------------------------------------------------------------------------------

async function settingsView(root) {
  const [goal, pauses] = await Promise.all([api.goal(), api.pauses()]);
  const perWeek = h("select", { testid: "goal-days" }, [1, 2, 3, 4, 5, 6, 7].map((n) => h("option", { value: n, selected: n === goal.sessionsPerWeek }, `${n} ${n === 1 ? "day" : "days"} a week`)));
  const timeZone = h("input", { type: "text", value: goal.timeZone, list: "zones", autocomplete: "off" });
  const weekStart = h("select", {}, ["MONDAY", "SUNDAY"].map((d) => h("option", { value: d, selected: d === goal.weekStartsOn }, label(d))));
  const goalProblem = h("div");
  async function saveGoal(event) {
    event.preventDefault();
    try {
      await api.setGoal({ sessionsPerWeek: Number(perWeek.value), timeZone: timeZone.value.trim(), weekStartsOn: weekStart.value });
      replace(goalProblem);
      say("Goal saved; your history was recounted.");
    } catch (error) {
      replace(goalProblem, errorBox(error));
    }
  }
  const from = h("input", { type: "date", required: true });
  const to = h("input", { type: "date", required: true });
  const reason = h("select", {}, ["FLARE_UP", "ILLNESS", "TRAVEL", "OTHER"].map((r) => h("option", { value: r }, label(r))));
  const pauseProblem = h("div");
  async function addPause(event) {
    event.preventDefault();
    try {
      await api.addPause({ from: from.value, to: to.value, reason: reason.value });
      say("Pause added.");
      settingsView(root);
    } catch (error) {
      replace(pauseProblem, errorBox(error));
    }
  }
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [zone];
  replace(root,
    h("h1", {}, "Settings"),
    h("form", { class: "card", onsubmit: saveGoal, "aria-labelledby": "goal-title" },
      h("h2", { id: "goal-title" }, "Weekly goal"),
      goalProblem,
      field("Active days", perWeek, "Two or three a week is plenty for most backs."),
      field("Time zone", timeZone), h("datalist", { id: "zones" }, zones.map((z) => h("option", { value: z }))),
      field("Weeks start on", weekStart),
      h("button", { type: "submit", testid: "save-goal" }, "Save goal")),
    h("section", { class: "card", "aria-labelledby": "pauses-title" },
      h("h2", { id: "pauses-title" }, "Pauses"),
      h("p", { class: "muted" }, "Ill, travelling, or in a flare-up? A pause of up to 14 days keeps your streak safe."),
      pauses.length ? h("ul", { class: "plain" }, pauses.map((p) => h("li", {}, `${p.from} to ${p.to} (${label(p.reason)}) `,
        h("button", { type: "button", class: "link", onclick: async () => { await api.removePause(p.id); settingsView(root); } }, "Remove")))) : h("p", {}, "No pauses."),
      h("form", { onsubmit: addPause, class: "inline" }, pauseProblem, field("From", from), field("To", to), field("Reason", reason),
        h("button", { type: "submit", class: "secondary" }, "Add pause"))),
    api.notifies ? await remindersCard(root, goal.timeZone).catch(errorBox) : h("section", { class: "card", "aria-labelledby": "reminders-title" },
      h("h2", { id: "reminders-title" }, "Reminders"),
      h("p", { class: "muted" }, "This installation does not run the notification service, so it sends no reminders.")),
    h("section", { class: "card" },
      h("h2", {}, "Account"),
      h("p", {}, `Signed in as ${api.userId}.`),
      h("button", { type: "button", class: "secondary", testid: "sign-out", onclick: () => { api.token = null; location.hash = "#/sign-in"; } }, "Sign out")));
}

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** The weekly reminder, the e-mail address it goes to, and what was sent lately. */
async function remindersCard(root, goalZone) {
  const [reminder, email, deliveries] = await Promise.all([api.reminder(), api.email(), api.deliveries()]);
  const days = WEEKDAYS.map((day) => ({ day, box: h("input", { type: "checkbox", id: `remind-${day}`, value: day, testid: `remind-${day}`,
    checked: reminder ? reminder.days.includes(day) : ["MONDAY", "WEDNESDAY", "FRIDAY"].includes(day) }) }));
  const time = h("input", { type: "time", required: true, value: reminder?.localTime ?? "18:30", testid: "remind-time" });
  const address = h("input", { type: "email", autocomplete: "email", value: email?.address ?? "", testid: "email-address" });
  const problem = h("div");
  async function save(event) {
    event.preventDefault();
    try {
      const chosen = days.filter((d) => d.box.checked).map((d) => d.day);
      if (address.value.trim()) {
        await api.setEmail(address.value.trim());
      } else if (email) {
        await api.removeEmail();
      }
      if (chosen.length) {
        await api.setReminder({ days: chosen, localTime: time.value, timeZone: reminder?.timeZone ?? goalZone });
      } else if (reminder) {
        await api.removeReminder();
      }
      replace(problem);
      say("Reminders saved.");
      settingsView(root);
    } catch (error) {
      replace(problem, errorBox(error));
    }
  }
  return h("form", { class: "card", onsubmit: save, "aria-labelledby": "reminders-title" },
    h("h2", { id: "reminders-title" }, "Reminders"),
    h("p", { class: "muted" }, reminder
      ? `Next reminder: ${new Date(reminder.nextAt).toLocaleString()}. None comes on a day you already exercised or while you pause.`
      : "A nudge at the time you like to exercise; none comes on a day you already did, or while you pause."),
    problem,
    h("fieldset", {}, h("legend", {}, "On these days"), days.map((d) => h("div", { class: "check" }, d.box, h("label", { for: d.box.id }, label(d.day))))),
    field("At", time),
    field("E-mail address", address, email?.disabledReason ? `Stopped: ${email.disabledReason}. Saving it again turns it back on.` : "Reminders and prompts are mailed here; every mail has a one-click unsubscribe."),
    h("button", { type: "submit", testid: "save-reminders" }, "Save reminders"),
    deliveries.length ? h("details", {}, h("summary", {}, "Recently sent"),
      h("ul", { class: "plain", testid: "deliveries" }, deliveries.map((d) => h("li", {}, `${d.subject} by ${label(d.channel)}: ${label(d.status)}`)))) : null);
}

// ---- routing -------------------------------------------------------------------------------

const views = {
  "": dashboardView,
  library: libraryView,
  play: playView,
  "check-in": checkInView,
  settings: settingsView,
};

async function route() {
  const [name, argument] = location.hash.replace(/^#\/?/, "").split("/");
  const signedIn = Boolean(api.token);
  nav.hidden = !signedIn;
  for (const link of nav.querySelectorAll("a")) {
    link.toggleAttribute("aria-current", link.getAttribute("href") === `#/${name}`);
    if (link.hasAttribute("aria-current")) link.setAttribute("aria-current", "page");
  }
  if (!signedIn || name === "sign-in") {
    shownView = null;
    replace(main, signInView());
    return;
  }
  const view = views[name] ?? dashboardView;
  const root = h("div", { class: "view" });
  const again = shownView === location.hash;
  if (!again) {
    replace(main, h("p", { class: "muted" }, "Loading …"));
  }
  try {
    await view(root, decodeURIComponent(argument ?? ""));
    replace(main, root);
    shownView = location.hash;
    if (!again) main.focus();
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) {
      api.token = null;
      location.hash = "#/sign-in";
      return;
    }
    replace(main, errorBox(error));
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("online", async () => {
  const sent = await api.flushPending();
  if (sent) say(`${sent} saved ${sent === 1 ? "entry was" : "entries were"} sent.`);
});
if (api.token && api.pending().length) {
  api.flushPending().then((sent) => sent && say(`${sent} saved entries were sent.`));
}
route();
