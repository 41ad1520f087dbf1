// The coach dashboard: invite a client, and every client's progress at a glance.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-coach-dashboard]");
  const rows = root.querySelector("tbody");
  const empty = root.querySelector("[data-clients-empty]");
  const form = document.querySelector("[data-invite-client]");

  function row(client) {
    const steps = client.assignments === 0
      ? "No program yet"
      : `${client.completedSteps} of ${Journey.plural(client.totalSteps, "step", "steps")}`;
    return el("tr", { "data-testid": "client-row", "data-client-id": client.id, "data-needs-support": String(client.needsSupport) },
      el("td", { "data-label": "Client" },
        el("a", { href: `/coach/clients/${client.id}`, class: "strong", "data-testid": "client-link", text: client.displayName }),
        client.needsSupport ? [" ", el("span", { class: "badge flag", "data-testid": "needs-support", text: "Needs support" })] : null,
        el("div", { class: "muted small", text: client.email })),
      el("td", { "data-label": "Status" }, el("span", { class: `badge ${client.status}`, "data-testid": "client-status", text: client.status === "active" ? "Active" : "Invited" })),
      el("td", { "data-label": "Progress" }, Journey.progress(client.percent, steps)),
      el("td", { "data-label": "Last activity", "data-testid": "last-activity", title: Journey.dateTime(client.lastActivityAt) || null, text: Journey.ago(client.lastActivityAt) || "—" }),
      el("td", { "data-label": "Wins", "data-testid": "wins", text: client.wins }),
      el("td", { "data-label": "Gratitude streak", "data-testid": "gratitude-streak", text: Journey.plural(client.gratitudeStreak, "day", "days") }));
  }

  async function load() {
    const clients = await api("/api/clients");
    rows.replaceChildren(...clients.map(row));
    empty.hidden = clients.length > 0;
  }

  App.onSubmit(form, async (values) => {
    form.querySelector(".notice").hidden = true;
    const invited = await api("/api/clients", {
      method: "POST",
      body: { displayName: values.displayName.trim(), email: values.email.trim() },
    });
    form.reset();
    App.notify(form, `Invitation sent to ${invited.displayName} (${invited.email}).`);
    await load();
  });

  Journey.load(root, load);
})();
