// One client, as their coach follows them: programs and steps, shared reflections, timeline and support requests.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-coach-client]");
  const clientId = root.dataset.clientId;
  const base = `/api/clients/${clientId}`;
  const assignForm = root.querySelector("[data-assign-form]");
  const assignmentsBox = root.querySelector("[data-assignments]");
  const supportList = root.querySelector("[data-support-requests]");
  const programTitles = new Map();

  async function loadClient() {
    const client = await api(base);
    document.title = `${client.displayName} · CoachingPlatform`;
    root.querySelector("[data-client-name]").textContent = client.displayName;
    root.querySelector("[data-client-meta]").replaceChildren(
      el("span", { class: `badge ${client.status}`, "data-testid": "client-status", text: client.status === "active" ? "Active" : "Invited" }), " ",
      `${client.email} · invited ${App.date(client.invitedAt)}`,
      client.activatedAt ? ` · joined ${App.date(client.activatedAt)}` : "");
    root.querySelector("[data-client-summary]").replaceChildren(
      client.needsSupport ? el("p", {}, el("span", { class: "badge flag", "data-testid": "needs-support", text: "Needs support" })) : "",
      el("p", { class: "muted small" },
        `${Journey.plural(client.wins, "win", "wins")} · gratitude streak ${Journey.plural(client.gratitudeStreak, "day", "days")}`,
        client.lastActivityAt ? ` · last active ${Journey.ago(client.lastActivityAt)}` : ""));
  }

  async function loadPrograms() {
    const programs = await api("/api/programs");
    const select = assignForm.querySelector("select");
    select.replaceChildren(select.options[0], ...programs.map((p) =>
      el("option", { value: p.id, "data-title": p.title, text: `${p.title}${p.builtIn ? " (built-in)" : ""} · ${Journey.plural(p.stepCount, "step", "steps")}` })));
  }

  function stepItem(step) {
    return el("li", { "data-testid": "coach-step", "data-step-id": step.id, "data-step-status": step.status },
      el("span", { class: "step-title" }, el("span", { class: "step-order", text: `${step.order}.` }), " ", step.title),
      el("span", { class: "step-state" },
        step.completedAt ? el("span", { class: "muted small", "data-testid": "completed-on", text: App.date(step.completedAt) }) : null,
        Journey.stepState(step)),
      step.sharedReflection
        ? el("blockquote", { class: "shared-reflection", "data-testid": "shared-reflection" },
          el("span", { class: "eyebrow", text: "Shared reflection" }),
          el("p", { text: step.sharedReflection }))
        : null);
  }

  function assignmentCard(summary, detail) {
    const pace = summary.paceDays ? `one step every ${Journey.plural(summary.paceDays, "day", "days")}` : "all steps open";
    return el("article", { class: "card assignment", "data-testid": "assignment", "data-assignment-id": summary.id },
      el("div", { class: "card-head" },
        el("h3", { text: summary.programTitle }),
        summary.completedAt ? el("span", { class: "badge completed", text: `Completed ${App.date(summary.completedAt)}` }) : null),
      el("p", { class: "muted small", text: `Assigned ${App.date(summary.assignedAt)} · ${pace}` }),
      Journey.progress(summary.percent, `${summary.completedSteps} of ${Journey.plural(summary.totalSteps, "step", "steps")}`),
      el("ol", { class: "steps" }, detail.steps.map(stepItem)));
  }

  async function loadAssignments() {
    const summaries = await api(`${base}/assignments`);
    const details = await Promise.all(summaries.map((a) => api(`${base}/assignments/${a.id}`)));
    summaries.forEach((a) => programTitles.set(a.id, a.programTitle));
    assignmentsBox.replaceChildren(...summaries.map((a, i) => assignmentCard(a, details[i])));
    if (summaries.length === 0) assignmentsBox.append(el("p", { class: "muted", text: "No program assigned yet." }));
  }

  async function loadTimeline() {
    Journey.timeline(root.querySelector("[data-timeline]"), await api(`${base}/timeline`), "Nothing recorded yet.");
  }

  function supportItem(request) {
    const open = !request.resolvedAt;
    const where = [programTitles.get(request.assignmentId), request.stepTitle].filter(Boolean).join(" · ");
    return el("li", { class: `support-request${open ? " open" : ""}`, "data-testid": "support-request", "data-open": String(open) },
      el("div", { class: "card-head" },
        el("span", { class: open ? "badge flag" : "badge", text: open ? "Open" : `Handled ${App.date(request.resolvedAt)}` }),
        el("span", { class: "muted small", text: Journey.dateTime(request.requestedAt) })),
      where ? el("p", { class: "small", text: where }) : null,
      request.message ? el("blockquote", { text: request.message }) : el("p", { class: "muted small", text: "No message." }),
      request.reply ? el("div", { class: "reply" }, el("p", { class: "small strong", text: "Your reply" }), el("blockquote", { text: request.reply })) : null,
      open ? resolveForm(request) : null);
  }

  // Marking a request handled takes an optional short reply, which the client reads in the portal and by mail.
  function resolveForm(request) {
    const id = `reply-${request.id}`;
    const form = el("form", { class: "stack resolve-form", "data-testid": "resolve-form", novalidate: true },
      el("div", { class: "field" },
        el("label", { for: id, text: "Short reply to your client (optional)" }),
        el("textarea", { id, name: "reply", maxlength: 500, rows: 2, "data-testid": "support-reply" })),
      el("p", { class: "error", role: "alert", hidden: true }),
      el("div", { class: "row" }, el("button", { type: "submit", class: "button small", "data-testid": "resolve-support" }, "Mark handled")));
    App.onSubmit(form, async (values) => {
      const reply = values.reply.trim();
      await api(`${base}/support-requests/${request.id}/resolution`, { method: "POST", body: { reply: reply || null } });
      await Promise.all([loadSupport(), loadClient()]);
    });
    return form;
  }

  async function loadSupport() {
    const requests = await api(`${base}/support-requests`);
    supportList.replaceChildren(...requests.map(supportItem));
    if (requests.length === 0) supportList.append(el("li", { class: "muted", text: "No requests for more support." }));
  }

  App.onSubmit(assignForm, async (values) => {
    assignForm.querySelector(".notice").hidden = true;
    const paceDays = values.paceDays ? Number(values.paceDays) : null;
    await api(`${base}/assignments`, { method: "POST", body: { programId: values.programId, paceDays } });
    const title = assignForm.querySelector("select").selectedOptions[0].dataset.title;
    assignForm.reset();
    App.notify(assignForm, `Assigned: ${title}.`);
    await Promise.all([loadAssignments(), loadClient()]);
  });

  Journey.load(root, async () => {
    try {
      await loadClient();
    } catch (error) {
      if (error.status !== 404) throw error;
      root.replaceChildren(el("h1", { text: "Client not found" }),
        el("p", { class: "muted", text: "This client does not exist, or is not one of your clients." }));
      return;
    }
    await Promise.all([loadPrograms(), loadAssignments(), loadTimeline()]);
    await loadSupport();
  });
})();
