// The client's requests for more support: when each was sent, and whether the coach has handled it, with their reply.
"use strict";

(() => {
  const { api, el } = App;
  const list = document.querySelector("[data-my-support-requests]");

  function item(request) {
    const handled = Boolean(request.resolvedAt);
    return el("li", { class: "card support-request", "data-testid": "my-support-request", "data-handled": String(handled) },
      el("div", { class: "card-head" },
        el("span", { class: handled ? "badge completed" : "badge flag", text: handled ? `Handled ${App.date(request.resolvedAt)}` : "Waiting for your coach" }),
        el("span", { class: "muted small", text: `Sent ${Journey.dateTime(request.requestedAt)}` })),
      request.stepTitle ? el("p", { class: "small", text: `About: ${request.stepTitle}` }) : null,
      request.message ? el("blockquote", { text: request.message }) : el("p", { class: "muted small", text: "No message." }),
      request.reply ? el("div", { class: "reply", "data-testid": "coach-reply" },
        el("p", { class: "small strong", text: "Your coach replied" }), el("blockquote", { text: request.reply })) : null);
  }

  Journey.load(list, async () => {
    const requests = await api("/api/me/support-requests");
    list.replaceChildren(...requests.map(item));
    if (requests.length === 0) list.append(el("li", { class: "muted", text: "No requests yet. Whenever you need more support, the button below reaches your coach." }));
  });
})();
