// Small SVG charts drawn from the dashboard's numbers. Each has a title and a text summary for
// screen readers; the numbers they draw are in the page as text too.
import { h } from "./dom.js";

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 26, right: 16, top: 12, bottom: 24 };

function shortDate(iso) {
  const [, month, day] = iso.split("-");
  return `${Number(day)}.${Number(month)}.`;
}

/** Active days per week as bars, the goal as a dashed line; met weeks in the accent colour. */
export function weeklyBars(weeks, goal) {
  const max = Math.max(goal, 7);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const summary = weeks.map((w) => `${w.weekStart}: ${w.activeDays} active days${w.paused ? " (paused)" : ""}`).join("; ");
  return h("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-labelledby": "weekly-title weekly-desc", class: "chart", testid: "weekly-chart" },
    h("title", { id: "weekly-title" }, `Active days per week against the goal of ${goal}`),
    h("desc", { id: "weekly-desc" }, summary),
    [0, goal, 7].filter((v, i, all) => all.indexOf(v) === i).map((v) =>
      h("text", { x: PAD.left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, v)),
    weeks.map((w, i) => {
      const barH = Math.max(w.activeDays > 0 ? 3 : 0, (w.activeDays / max) * plotH);
      return h("g", { class: "bar" },
        h("rect", {
          x: PAD.left + i * slot + slot * 0.18, y: PAD.top + plotH - barH, width: slot * 0.64, height: barH, rx: 3,
          class: w.paused ? "paused" : w.goalMet ? "met" : "open",
          "data-week": w.weekStart, "data-active-days": w.activeDays,
        }),
        (weeks.length - 1 - i) % 3 === 0
          ? h("text", { x: PAD.left + i * slot + slot / 2, y: HEIGHT - 8, class: "axis", "text-anchor": "middle" }, shortDate(w.weekStart))
          : null);
    }),
    h("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(goal), y2: y(goal), class: "goal-line" }),
    h("text", { x: WIDTH - PAD.right, y: y(goal) - 4, class: "axis goal-label", "text-anchor": "end" }, "goal"));
}

/**
 * One or two series over the same dates as lines; null values leave gaps.
 * @param series [{ name, values: (number|null)[], className }]
 */
export function lines({ id, title, dates, series, min = 0, max }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (dates.length === 1 ? plotW / 2 : (i / (dates.length - 1)) * plotW);
  const y = (v) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const paths = series.map((s) => {
    let d = "";
    let open = false;
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) {
        open = false;
        return;
      }
      d += `${open ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      open = true;
    });
    return h("g", { class: s.className },
      h("path", { d, fill: "none" }),
      s.values.map((v, i) => (v === null || v === undefined ? null : h("circle", { cx: x(i), cy: y(v), r: 2.5 }))));
  });
  const summary = series.map((s) => `${s.name}: ${s.values.map((v, i) => `${dates[i]} ${v ?? "none"}`).join(", ")}`).join(". ");
  return h("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-labelledby": `${id}-title ${id}-desc`, class: "chart", testid: id },
    h("title", { id: `${id}-title` }, title),
    h("desc", { id: `${id}-desc` }, summary),
    [min, (min + max) / 2, max].map((v) => [
      h("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), class: "grid" }),
      h("text", { x: PAD.left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, v),
    ]),
    dates.map((d, i) => ((dates.length - 1 - i) % 3 === 0
      ? h("text", { x: x(i), y: HEIGHT - 8, class: "axis", "text-anchor": i === dates.length - 1 ? "end" : "middle" }, shortDate(d)) : null)),
    paths);
}

/** A ring showing part of a whole (this week's active days of the goal). */
export function ring(value, goal) {
  const r = 42;
  const circumference = 2 * Math.PI * r;
  const share = Math.min(1, goal === 0 ? 0 : value / goal);
  return h("svg", { viewBox: "0 0 100 100", class: "ring", "aria-hidden": "true" },
    h("circle", { cx: 50, cy: 50, r, class: "ring-track" }),
    h("circle", { cx: 50, cy: 50, r, class: "ring-fill", "stroke-dasharray": `${(share * circumference).toFixed(1)} ${circumference.toFixed(1)}`, transform: "rotate(-90 50 50)" }));
}
