// The routine player: one exercise at a time with its dosage, a hold or duration timer and rest
// between exercises, then the form that records the session.
import { h, replace } from "./dom.js";

const REST_SECONDS = 30;

export function dosageText(dosage) {
  const parts = [];
  if (dosage.sets) parts.push(`${dosage.sets} ${dosage.sets === 1 ? "set" : "sets"}`);
  if (dosage.reps) parts.push(`${dosage.reps} reps`);
  if (dosage.holdSeconds) parts.push(`hold ${dosage.holdSeconds} s`);
  if (dosage.durationSeconds) parts.push(`${Math.round(dosage.durationSeconds / 60)} min`);
  if (dosage.perSide) parts.push("each side");
  return parts.join(" · ");
}

/** An exercise's drawings (start and end position) with their alt texts; served by the catalog. */
export function illustrations(media, catalogUrl) {
  return media?.length ? h("div", { class: "media" }, media.map((m) =>
    h("img", { src: catalogUrl + m.url, alt: m.altText, width: m.width, height: m.height, loading: "lazy" }))) : null;
}

/** A countdown with start/pause; announces the end politely. */
function timer(seconds, label, onDone) {
  let left = seconds;
  let handle = null;
  const display = h("span", { class: "timer-value", "aria-live": "off" }, format(left));
  const status = h("span", { class: "visually-hidden", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "secondary", onclick: toggle }, `Start ${label}`);
  function format(s) {
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }
  function tick() {
    left -= 1;
    display.textContent = format(Math.max(0, left));
    if (left <= 0) {
      stop();
      status.textContent = `${label} done`;
      button.textContent = `Again`;
      left = seconds;
      onDone?.();
    }
  }
  function stop() {
    clearInterval(handle);
    handle = null;
  }
  function toggle() {
    if (handle) {
      stop();
      button.textContent = "Resume";
    } else {
      handle = setInterval(tick, 1000);
      button.textContent = "Pause";
    }
  }
  const element = h("div", { class: "timer" }, display, button, status);
  element.stop = stop;
  element.start = () => { if (!handle) toggle(); };
  return element;
}

/**
 * @param routine the routine with its exercises resolved
 * @param onRecord called with { durationMinutes } when the person wants to record the session
 */
export function player(routine, catalogUrl, onRecord) {
  const started = Date.now();
  const root = h("section", { class: "player", "aria-labelledby": "player-title" });
  let index = 0;
  let resting = false;
  let activeTimer = null;

  function render() {
    activeTimer?.stop();
    activeTimer = null;
    const total = routine.items.length;
    if (index >= total) {
      return replace(root, finished());
    }
    const item = routine.items[index];
    const exercise = item.exercise || { name: item.exerciseSlug, steps: [], cues: [], cautions: [] };
    if (resting) {
      activeTimer = timer(REST_SECONDS, "rest", () => { resting = false; render(); });
      replace(root,
        h("p", { class: "eyebrow" }, `Rest before exercise ${index + 1} of ${total}`),
        h("h2", { id: "player-title", tabindex: "-1" }, "Breathe and loosen your shoulders"),
        h("p", {}, `Next: ${exercise.name} (${dosageText(item.dosage)})`),
        activeTimer,
        h("div", { class: "actions" }, h("button", { type: "button", testid: "skip-rest", onclick: () => { resting = false; render(); } }, "Skip rest")));
      activeTimer.start();
      root.querySelector("h2").focus();
      return root;
    }
    const seconds = item.dosage.holdSeconds || item.dosage.durationSeconds;
    if (seconds) {
      activeTimer = timer(seconds, item.dosage.holdSeconds ? "hold" : "timer");
    }
    replace(root,
      h("p", { class: "eyebrow" }, `${routine.name} · exercise ${index + 1} of ${total}`),
      h("progress", { max: total, value: index, "aria-label": "Routine progress" }),
      h("h2", { id: "player-title", tabindex: "-1" }, exercise.name),
      h("p", { class: "dosage" }, dosageText(item.dosage)),
      activeTimer,
      illustrations(exercise.media, catalogUrl),
      exercise.steps.length ? h("ol", { class: "steps" }, exercise.steps.map((s) => h("li", {}, s))) : null,
      exercise.cues?.length ? h("ul", { class: "cues" }, exercise.cues.map((c) => h("li", {}, c))) : null,
      exercise.cautions.length ? h("div", { class: "caution", role: "note" }, h("strong", {}, "Take care: "), exercise.cautions.join(" ")) : null,
      h("div", { class: "actions" },
        index > 0 ? h("button", { type: "button", class: "secondary", onclick: () => { index--; render(); } }, "Previous") : null,
        h("button", { type: "button", testid: "next-exercise", onclick: () => { index++; resting = index < total; render(); } },
          index + 1 < total ? "Done, next exercise" : "Done, finish")));
    root.querySelector("h2").focus();
    return root;
  }

  function finished() {
    const minutes = Math.min(240, Math.max(1, Math.round((Date.now() - started) / 60000)));
    return [
      h("h2", { id: "player-title", tabindex: "-1" }, "Well done"),
      h("p", {}, `You finished ${routine.name}. Record it so it counts for this week.`),
      h("div", { class: "actions" },
        h("button", { type: "button", testid: "record-session", onclick: () => onRecord({ durationMinutes: minutes }) }, "Record this session")),
    ];
  }

  render();
  return root;
}
