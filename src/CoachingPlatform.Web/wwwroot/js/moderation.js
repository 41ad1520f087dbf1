// The moderation queues: list, decide one or several, show each comment's history. Text only, never HTML.
"use strict";

(() => {
  const root = document.querySelector("[data-moderation]");
  if (!root) return;
  const { api, el } = App;
  const status = root.dataset.status;
  const list = root.querySelector("[data-list]");
  const notice = root.querySelector(".notice");
  const alert = root.querySelector(".error");
  const more = root.querySelector("[data-more]");
  const empty = root.querySelector("[data-empty]");
  const pageSize = 50;
  let page = 1;
  const verbs = { approve: "approved", reject: "rejected", spam: "marked as spam" };

  function say(target, message) {
    target.textContent = message;
    target.hidden = !message;
  }

  function when(value) {
    return new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }

  function render(item) {
    const select = el("input", { type: "checkbox", "data-select": true, "aria-label": `Select the comment by ${item.authorName}` });
    const history = el("ol", { class: "history", "data-testid": "history" });
    const details = el("details", { class: "history-box" }, el("summary", { text: "Decisions so far" }), history);
    details.addEventListener("toggle", () => { if (details.open) loadHistory(item, history); });
    const reasons = item.reasons.length
      ? el("ul", { class: "reasons", "data-testid": "spam-reasons" }, item.reasons.map((r) => el("li", { text: r })))
      : el("p", { class: "muted small", text: "The spam filter found nothing." });
    const reports = item.reportCount
      ? el("div", { class: "reports" }, el("p", { class: "badge flag", text: `${item.reportCount} report${item.reportCount === 1 ? "" : "s"}` }),
          el("ul", { class: "reasons" }, item.reportReasons.map((r) => el("li", { text: r }))))
      : null;
    const buttons = Object.keys(verbs).map((decision) => el("button", {
      type: "button", class: decision === "approve" ? "button small" : "button small secondary", "data-decide": decision,
      text: decision === "spam" ? "Spam" : decision[0].toUpperCase() + decision.slice(1),
      onclick: () => decideAndShow([row], decision),
    }));
    const row = el("li", { class: "card moderation-item", tabindex: "0", "data-testid": "moderation-item", "data-id": item.id, "aria-label": `Comment by ${item.authorName} on ${item.articleTitle}` },
      el("div", { class: "card-head" },
        el("label", { class: "inline" }, select, el("strong", { "data-testid": "moderation-author", text: item.authorName })),
        el("span", { class: "badge", "data-testid": "moderation-status", text: item.status })),
      el("p", { class: "muted small" }, `${item.email} · on `, el("a", { href: `/articles/${encodeURIComponent(item.articleSlug)}`, text: item.articleTitle }), ` · ${when(item.postedAt)}`),
      el("p", { class: "comment-body", "data-testid": "moderation-body", text: item.body }),
      el("p", { class: "small" }, el("span", { "data-testid": "spam-score", text: `Spam score ${item.spamScore}` })),
      reasons, reports,
      el("div", { class: "row" }, buttons),
      details);
    row.item = item;
    row.addEventListener("keydown", (event) => {
      if (event.target !== row || event.ctrlKey || event.metaKey || event.altKey) return;
      const decision = { a: "approve", r: "reject", s: "spam" }[event.key];
      if (decision) { event.preventDefault(); decideAndShow([row], decision); }
      if (event.key === "x") { event.preventDefault(); select.checked = !select.checked; }
    });
    return row;
  }

  async function loadHistory(item, history) {
    history.replaceChildren(el("li", { class: "muted", text: "Loading…" }));
    try {
      const entries = await api(`/api/moderation/comments/${item.id}/history`);
      history.replaceChildren(...entries.map((e) => el("li", {
        text: `${when(e.at)}: ${e.from ? `${e.from} → ` : ""}${e.decision}, by ${e.by}`,
      })));
    } catch (error) {
      history.replaceChildren(el("li", { class: "error", text: error.message }));
    }
  }

  // Decides one after the other; a row leaves the queue once its new status no longer belongs here.
  async function decideAndShow(rows, decision) {
    say(notice, "");
    say(alert, "");
    const done = [];
    const problems = [];
    for (const row of rows) {
      const item = row.item;
      try {
        const result = await api(`/api/moderation/comments/${item.id}/decision`, { method: "POST", body: { decision, version: item.version } });
        item.version = result.version;
        item.status = result.status;
        done.push(item.authorName);
        if (status !== result.status) {
          const next = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          if (next) next.focus();
        } else {
          row.querySelector("[data-testid=moderation-status]").textContent = result.status;
        }
      } catch (error) {
        if (error.status === 409 && error.problem && error.problem.current) {
          item.version = error.problem.current.version;
          item.status = error.problem.current.status;
          row.querySelector("[data-testid=moderation-status]").textContent = item.status;
          problems.push(`${item.authorName}: another moderator decided first, it is now ${item.status}.`);
        } else {
          problems.push(`${item.authorName}: ${error.message}`);
        }
      }
    }
    if (done.length) say(notice, `${done.length === 1 ? "1 comment" : `${done.length} comments`} ${verbs[decision]}.`);
    if (problems.length) say(alert, problems.join(" "));
    empty.hidden = list.children.length > 0;
  }

  async function load() {
    try {
      const items = await api(`/api/moderation/comments?status=${encodeURIComponent(status)}&page=${page}&pageSize=${pageSize}`);
      list.append(...items.map(render));
      more.hidden = items.length < pageSize;
      empty.hidden = list.children.length > 0;
    } catch (error) {
      say(alert, error.message);
    }
  }

  root.querySelector("[data-select-all]").addEventListener("change", (event) => {
    list.querySelectorAll("[data-select]").forEach((box) => { box.checked = event.target.checked; });
  });
  root.querySelectorAll("[data-bulk]").forEach((button) => button.addEventListener("click", () => {
    const rows = [...list.querySelectorAll("[data-select]:checked")].map((box) => box.closest("[data-testid=moderation-item]"));
    if (rows.length === 0) { say(alert, "Select at least one comment first."); return; }
    decideAndShow(rows, button.dataset.bulk);
  }));
  more.addEventListener("click", () => { page += 1; load(); });
  load();
})();
