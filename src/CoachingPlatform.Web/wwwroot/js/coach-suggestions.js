// Suggestions on the coach dashboard: a client's wheel shows relationship areas to grow and no program is under way.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-suggestions]");
  const list = root.querySelector("[data-suggestion-list]");

  function item(suggestion, client, areaNames) {
    const areas = suggestion.growthAreas.map((key) => areaNames.get(key) ?? key).join(", ");
    const alert = el("p", { class: "error", role: "alert", hidden: true });
    const assign = el("button", { type: "button", class: "button small", "data-testid": "suggestion-assign", text: "Assign it" });
    const dismiss = el("button", { type: "button", class: "link-button", "data-testid": "suggestion-dismiss", text: "Dismiss" });
    const row = el("li", { class: "suggestion", "data-testid": "suggestion", "data-client-id": suggestion.clientId },
      el("p", {},
        el("a", { href: `/coach/clients/${suggestion.clientId}`, text: client ? client.displayName : "A client" }),
        `’s Wheel of Life shows room to grow in ${areas}, and no program is under way. Consider assigning “${suggestion.programTitle}”.`),
      el("span", { class: "row" }, assign, dismiss), alert);
    const act = (work) => async () => {
      alert.hidden = true;
      try {
        await work();
        row.remove();
        root.hidden = list.children.length === 0;
      } catch (error) {
        alert.textContent = error.message;
        alert.hidden = false;
      }
    };
    assign.addEventListener("click", act(() => api(`/api/clients/${suggestion.clientId}/assignments`, { method: "POST", body: { programId: suggestion.programId } })));
    dismiss.addEventListener("click", act(() => api(`/api/program-suggestions/${suggestion.id}/dismissal`, { method: "POST" })));
    return row;
  }

  (async () => {
    const [suggestions, clients, wheel] = await Promise.all([api("/api/program-suggestions"), api("/api/clients"), api("/api/assessments/wheel-of-life")]);
    const byId = new Map(clients.map((c) => [c.id, c]));
    const areaNames = new Map(wheel.areas.map((a) => [a.key, a.name]));
    list.replaceChildren(...suggestions.map((s) => item(s, byId.get(s.clientId), areaNames)));
    root.hidden = suggestions.length === 0;
  })();
})();
