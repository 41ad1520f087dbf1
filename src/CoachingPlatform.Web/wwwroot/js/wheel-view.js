// The Wheel of Life history as the portal and the coach's client page show it: the latest wheel with the
// previous one outlined, its numbers as a table, a small line chart per area, and the goals.
"use strict";

const WheelView = (() => {
  const { el } = App;
  const SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attributes = {}, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  function signed(change) {
    if (change > 0) return el("span", { class: "change-up", text: `+${change}` });
    if (change < 0) return el("span", { class: "change-down", text: `−${-change}` });
    return el("span", { class: "muted", text: "±0" });
  }

  function latest(entry, areas) {
    const source = `/api/assessments/${entry.id}/wheel.svg${entry.previousId ? `?compare=${entry.previousId}` : ""}`;
    const alt = `Wheel of Life of ${App.date(entry.takenAt)}: ${areas.map((a) => `${a.name} ${entry.scores[a.key]} out of 10`).join(", ")}.`
      + (entry.previousId ? " The dashed outline shows the previous result." : "");
    const rows = areas.map((area) => el("tr", { "data-area": area.key },
      el("th", { scope: "row", text: area.name }),
      el("td", { "data-score": "", text: entry.scores[area.key] }),
      entry.change ? el("td", { "data-change": "" }, signed(entry.change[area.key])) : null,
      el("td", { class: "note", text: entry.notes[area.key] ?? "" })));
    return el("div", { class: "wheel-figure" },
      el("figure", {},
        el("img", { src: source, alt, width: 480, height: 480, "data-testid": "wheel-drawing", "data-compare": entry.previousId ?? "" }),
        el("figcaption", { class: "muted", text: entry.previousId ? `Taken ${App.date(entry.takenAt)}. The dashed outline is the result before it.` : `Taken ${App.date(entry.takenAt)}.` })),
      el("div", { class: "wheel-table" },
        el("table", { "data-testid": "wheel-table" },
          el("caption", { text: `Average ${entry.average.toFixed(1)} · spread ${entry.spread}` }),
          el("thead", {}, el("tr", {},
            el("th", { scope: "col", text: "Area" }), el("th", { scope: "col", text: "Score" }),
            entry.change ? el("th", { scope: "col", text: "Change" }) : null, el("th", { scope: "col", text: "Note" }))),
          el("tbody", {}, rows))));
  }

  // A small line chart of one area's scores over time, oldest on the left; each point carries its value as text.
  function trend(area, entries) {
    const points = [...entries].reverse();
    const width = 220, height = 90, left = 18, right = 8, top = 10, bottom = 16;
    const x = (i) => left + (points.length === 1 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1));
    const y = (score) => top + (10 - score) * (height - top - bottom) / 9;
    const values = points.map((p) => p.scores[area.key]);
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${area.name}: ${values.join(", then ")}` },
      svg("line", { x1: left, y1: y(1), x2: width - right, y2: y(1), stroke: "#ddd6cb" }),
      svg("line", { x1: left, y1: y(10), x2: width - right, y2: y(10), stroke: "#ddd6cb" }),
      svg("text", { x: 2, y: y(10) + 4, "font-size": 10, fill: "#756b60" }, "10"),
      svg("text", { x: 2, y: y(1) + 4, "font-size": 10, fill: "#756b60" }, "1"),
      svg("polyline", { points: values.map((v, i) => `${x(i)},${y(v)}`).join(" "), fill: "none", stroke: "#3d6b5c", "stroke-width": 2 }),
      ...values.map((v, i) => svg("circle", { cx: x(i), cy: y(v), r: 3.5, fill: "#3d6b5c" })));
    return el("figure", { class: "trend", "data-testid": "trend", "data-area": area.key },
      el("figcaption", {}, el("strong", { text: area.name }), ` · now ${values[values.length - 1]}`), chart);
  }

  function goals(entries, names) {
    const all = entries.flatMap((entry) => entry.goals.map((goal) => ({ ...goal, takenAt: entry.takenAt })));
    if (all.length === 0) return el("p", { class: "muted", text: "No goals yet. Add one from a result's page." });
    return el("ul", { class: "goals", "data-testid": "wheel-goals" }, all.map((goal) => el("li", {},
      el("strong", { text: `${names.get(goal.area) ?? goal.area}: ` }), goal.text,
      goal.targetScore || goal.targetDate
        ? el("span", { class: "muted", text: ` (${[goal.targetScore ? `reach ${goal.targetScore}/10` : "", goal.targetDate ? `by ${App.date(goal.targetDate)}` : ""].filter(Boolean).join(" ")})` })
        : null,
      el("span", { class: "muted small", text: ` · set with the wheel of ${App.date(goal.takenAt)}` }))));
  }

  function render(root, entries, areas) {
    const names = new Map(areas.map((a) => [a.key, a.name]));
    const latestBox = root.querySelector("[data-wheel-latest]");
    const trendsBox = root.querySelector("[data-wheel-trends]");
    const goalsBox = root.querySelector("[data-wheel-goals]");
    const empty = root.querySelector("[data-wheel-empty]");
    empty.hidden = entries.length > 0;
    latestBox.replaceChildren(...(entries.length > 0 ? [latest(entries[0], areas)] : []));
    if (trendsBox) trendsBox.replaceChildren(...(entries.length > 1 ? [el("div", { class: "trend-grid" }, areas.map((a) => trend(a, entries)))] : []));
    if (goalsBox) goalsBox.replaceChildren(entries.length > 0 ? goals(entries, names) : "");
  }

  return { render };
})();
