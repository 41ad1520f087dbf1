// The client's portal: each program with progress, and its steps to open.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-client-portal]");

  function stepUrl(assignment, step) {
    return `/client/assignments/${assignment.id}/steps/${step.id}`;
  }

  function stepItem(assignment, step) {
    const title = [el("span", { class: "step-order", text: `${step.order}.` }), " ", step.title];
    return el("li", { "data-testid": "client-step", "data-step-id": step.id, "data-step-status": step.status, class: step.status },
      step.status === "locked"
        ? el("span", { class: "step-title muted" }, title)
        : el("a", { class: "step-title", href: stepUrl(assignment, step), "data-testid": "step-link" }, title),
      Journey.stepState(step));
  }

  function celebration(assignment) {
    return el("div", { class: "celebration", role: "status", "data-testid": "celebration" },
      el("p", { class: "celebration-title", text: `You completed ${assignment.programTitle}.` }),
      el("p", { text: `Finished on ${App.date(assignment.completedAt)}. Every step took courage: take a moment to notice how far you have come.` }),
      el("p", {}, el("a", { href: "/client/wins", text: "Record it as a win" })));
  }

  function card(assignment) {
    const done = assignment.steps.filter((s) => s.status === "completed").length;
    const next = assignment.steps.find((s) => s.status === "available");
    const pace = assignment.paceDays ? ` · a new step every ${Journey.plural(assignment.paceDays, "day", "days")}` : "";
    return el("article", { class: "card assignment", "data-testid": "assignment", "data-assignment-id": assignment.id },
      el("div", { class: "card-head" },
        el("h2", { text: assignment.programTitle }),
        next ? el("a", { class: "button small", href: stepUrl(assignment, next), "data-testid": "continue-step" }, `Continue with step ${next.order}`) : null),
      el("p", { class: "muted small", text: `Started ${App.date(assignment.assignedAt)}${pace}` }),
      Journey.progress(assignment.percent, `${done} of ${Journey.plural(assignment.steps.length, "step", "steps")}`),
      assignment.completedAt ? celebration(assignment) : null,
      el("ol", { class: "steps" }, assignment.steps.map((step) => stepItem(assignment, step))));
  }

  Journey.load(root, async () => {
    const assignments = await api("/api/me/assignments");
    root.replaceChildren(...assignments.map(card));
    if (assignments.length === 0) {
      root.append(el("p", { class: "muted", text: "Your coach has not assigned a program yet. It will appear here, step by step." }));
    }
  });
})();
