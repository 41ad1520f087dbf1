// The audit log for admins: pages of entries, newest first, rendered as text only.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-audit-log]");
  const rows = root.querySelector("tbody");
  const more = root.querySelector("[data-audit-more]");
  const alert = root.querySelector(".error");
  const pageSize = 50;
  let page = 0;

  function row(entry) {
    return el("tr", { "data-testid": "audit-row" },
      el("td", { "data-label": "When", text: new Date(entry.at).toLocaleString() }),
      el("td", { "data-label": "Who", text: `${entry.actorEmail || entry.actorId} (${entry.actorRole})` }),
      el("td", { "data-label": "What", text: entry.action }),
      el("td", { "data-label": "Record", text: entry.target || "—" }),
      el("td", { "data-label": "Result", text: String(entry.status) }));
  }

  async function loadNext() {
    try {
      page += 1;
      const entries = await api(`/api/admin/audit?page=${page}&pageSize=${pageSize}`);
      rows.append(...entries.map(row));
      more.hidden = entries.length < pageSize;
      root.querySelector("[data-audit-empty]").hidden = rows.children.length > 0;
    } catch (error) {
      alert.textContent = error.message;
      alert.hidden = false;
    }
  }

  more.addEventListener("click", loadNext);
  loadNext();
})();
