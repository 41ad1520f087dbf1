// The coach dashboard: invite a client, and every client's progress at a glance.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-coach-dashboard]");
  const rows = root.querySelector("tbody");
  const empty = root.querySelector("[data-clients-empty]");
  const form = document.querySelector("[data-invite-client]");

  // One line per assigned program: programs are never pooled into one percentage.
  function programs(client) {
    if (client.programs.length === 0) return el("span", { class: "muted", text: "No program yet" });
    return el("ul", { class: "plain program-progress" }, client.programs.map((p) =>
      el("li", { "data-testid": "program-progress" },
        el("span", { class: "small", text: p.programTitle }),
        Journey.progress(p.percent, `${p.completedSteps} of ${Journey.plural(p.totalSteps, "step", "steps")}`))));
  }

  async function act(button, work, done) {
    button.disabled = true;
    const cell = button.closest("td");
    cell.querySelector(".error")?.remove();
    try {
      await work();
      await done();
    } catch (error) {
      button.disabled = false;
      cell.append(el("p", { class: "error", role: "alert", text: error.message }));
    }
  }

  // An invitation not accepted yet can be sent again (the old link stops working) or taken back.
  function invitationActions(client) {
    const base = `/api/clients/${client.id}/invitation`;
    return el("div", { class: "row actions" },
      el("button", {
        type: "button", class: "button secondary small", "data-testid": "resend-invitation",
        "aria-label": `Send the invitation to ${client.displayName} again`,
        onclick: (e) => act(e.currentTarget, () => api(`${base}/resend`, { method: "POST" }),
          async () => App.notify(form, `A fresh invitation link is on its way to ${client.email}; the earlier one no longer works.`)),
      }, "Send again"),
      el("button", {
        type: "button", class: "link-button", "data-testid": "revoke-invitation",
        "aria-label": `Revoke the invitation of ${client.displayName}`,
        onclick: (e) => {
          if (!window.confirm(`Revoke the invitation of ${client.displayName}? Their link will stop working.`)) return;
          act(e.currentTarget, () => api(base, { method: "DELETE" }), async () => {
            App.notify(form, `The invitation of ${client.displayName} is revoked.`);
            await load();
          });
        },
      }, "Revoke"));
  }

  function row(client) {
    const invited = client.status !== "active";
    return el("tr", { "data-testid": "client-row", "data-client-id": client.id, "data-needs-support": String(client.needsSupport) },
      el("td", { "data-label": "Client" },
        el("a", { href: `/coach/clients/${client.id}`, class: "strong", "data-testid": "client-link", text: client.displayName }),
        client.needsSupport ? [" ", el("span", { class: "badge flag", "data-testid": "needs-support", text: "Needs support" })] : null,
        el("div", { class: "muted small break", text: client.email })),
      el("td", { "data-label": "Status" },
        el("span", { class: `badge ${client.status}`, "data-testid": "client-status", text: invited ? "Invited" : "Active" }),
        invited ? invitationActions(client) : null),
      el("td", { "data-label": "Progress" }, programs(client)),
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
