// Pieces the coach and client pages share: progress lines, step badges, timelines and loading states.
"use strict";

const Journey = (() => {
  const { el } = App;

  // A progress bar with its percent as text, and an optional caption ("2 of 7 steps").
  function progress(percent, caption) {
    return el("div", { class: "progress-line" },
      App.progress(percent, caption ? `Progress: ${caption}` : "Progress"),
      el("span", { class: "percent", "data-testid": "progress-percent", text: `${percent}%` }),
      caption ? el("span", { class: "muted small", text: caption }) : null);
  }

  function stepBadge(status) {
    const label = status === "completed" ? "Completed" : status === "locked" ? "Locked" : "Available";
    return el("span", { class: `badge ${status}`, "data-testid": "step-status", "data-status": status, text: label });
  }

  // The badge, and for a locked step the day it opens.
  function stepState(step) {
    return el("span", { class: "step-state" },
      step.status === "locked" ? el("span", { class: "muted small", "data-testid": "unlock-date", text: `Unlocks ${App.date(step.unlocksAt)}` }) : null,
      stepBadge(step.status));
  }

  function dateTime(value) {
    return value ? new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
  }

  // "today", "yesterday", "3 days ago"; older than a month falls back to the date.
  function ago(value) {
    if (!value) return "";
    const days = Math.floor((startOfDay(new Date()) - startOfDay(new Date(value))) / 86400000);
    if (days <= 0) return "today";
    if (days === 1) return "yesterday";
    if (days < 31) return `${days} days ago`;
    return App.date(value);
  }

  function startOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  }

  function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
  }

  const kinds = {
    win: { label: "Win", verb: "" },
    step: { label: "Step", verb: "Completed: " },
    program: { label: "Program", verb: "Finished the program " },
  };

  // Fills a list with timeline items: wins, completed steps and finished programs, newest first.
  function timeline(list, items, emptyText) {
    list.replaceChildren(...items.map((item) => {
      const kind = kinds[item.kind] || { label: item.kind, verb: "" };
      return el("li", { class: `kind-${item.kind}`, "data-testid": "timeline-item", "data-kind": item.kind },
        el("span", { class: "badge", text: kind.label }), " ",
        el("span", { text: `${kind.verb}${item.text}` }),
        el("div", { class: "muted small", text: dateTime(item.at) }));
    }));
    if (items.length === 0) list.append(el("li", { class: "empty muted", text: emptyText }));
  }

  // Runs a loader, showing a quiet message meanwhile and a readable one if it fails.
  // The container is aria-busy until the data is in, which tests can wait on too.
  async function load(container, loader) {
    const waiting = el("p", { class: "muted loading", text: "Loading…" });
    container.prepend(waiting);
    container.setAttribute("aria-busy", "true");
    try {
      await loader();
    } catch (error) {
      container.prepend(el("p", { class: "error", role: "alert", text: error.message }));
    } finally {
      waiting.remove();
      container.removeAttribute("aria-busy");
    }
  }

  return { progress, stepBadge, stepState, dateTime, ago, plural, timeline, load };
})();
