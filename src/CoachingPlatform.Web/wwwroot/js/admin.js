// The admin page: invite coaches, and send again or revoke an invitation that was not accepted yet.
"use strict";

(() => {
  const { api, el } = App;
  const form = document.querySelector("[data-invite-coach]");
  const root = document.querySelector("[data-coaches]");
  const rows = root.querySelector("tbody");
  const notice = root.querySelector("[data-coaches-notice]");

  function tell(message) {
    notice.textContent = message;
    notice.hidden = false;
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

  function actions(coach) {
    const base = `/api/admin/coaches/${coach.id}/invitation`;
    return el("div", { class: "row actions" },
      el("button", {
        type: "button", class: "button secondary small", "data-testid": "resend-coach-invitation",
        "aria-label": `Send the invitation to ${coach.displayName} again`,
        onclick: (e) => act(e.currentTarget, () => api(`${base}/resend`, { method: "POST" }),
          async () => tell(`A fresh invitation link is on its way to ${coach.email}; the earlier one no longer works.`)),
      }, "Send again"),
      el("button", {
        type: "button", class: "link-button", "data-testid": "revoke-coach-invitation",
        "aria-label": `Revoke the invitation of ${coach.displayName}`,
        onclick: (e) => {
          if (!window.confirm(`Revoke the invitation of ${coach.displayName}? Their link will stop working.`)) return;
          act(e.currentTarget, () => api(base, { method: "DELETE" }), async () => {
            tell(`The invitation of ${coach.displayName} is revoked.`);
            await load();
          });
        },
      }, "Revoke"));
  }

  function row(coach) {
    const invited = coach.status !== "active";
    return el("tr", { "data-testid": "coach-row", "data-coach-id": coach.id },
      el("td", { "data-label": "Coach" }, el("span", { class: "strong", text: coach.displayName }), el("div", { class: "muted small break", text: coach.email })),
      el("td", { "data-label": "Status" },
        el("span", { class: `badge ${coach.status}`, text: invited ? "Invited" : "Active" }),
        invited ? actions(coach) : null));
  }

  async function load() {
    const coaches = await api("/api/admin/coaches");
    rows.replaceChildren(...coaches.map(row));
  }

  App.onSubmit(form, async (values) => {
    await api("/api/admin/coaches", { method: "POST", body: { displayName: values.displayName.trim(), email: values.email.trim() } });
    form.reset();
    App.notify(form, `Invitation sent to ${values.email.trim()}.`);
    await load();
  });

  Journey.load(root, load);
})();
