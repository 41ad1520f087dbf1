// "I need more support", on every portal page: a short optional message to the coach, answered with where to
// find urgent help. On a step page the request names the step.
"use strict";

(() => {
  const box = document.querySelector("[data-support-box]");
  if (!box) return;
  const step = document.querySelector("[data-client-step]");
  const open = box.querySelector("[data-support-open]");
  const form = box.querySelector("form");
  const sent = box.querySelector("[data-support-sent]");

  function show(formVisible) {
    form.hidden = !formVisible;
    open.hidden = formVisible;
    open.setAttribute("aria-expanded", String(formVisible));
  }

  open.addEventListener("click", () => {
    sent.hidden = true;
    show(true);
    form.elements.message.focus();
  });
  box.querySelector("[data-support-cancel]").addEventListener("click", () => {
    show(false);
    open.focus();
  });

  App.onSubmit(form, async (values) => {
    const message = values.message.trim();
    const answer = await App.api("/api/me/support-requests", {
      method: "POST",
      body: step
        ? { assignmentId: step.dataset.assignmentId, stepId: step.dataset.stepId, message: message || null }
        : { message: message || null },
    });
    form.reset();
    show(false);
    const line = box.querySelector("[data-testid=support-line]");
    line.textContent = answer.supportLine;
    line.classList.add("emphasis");
    sent.hidden = false;
  });
})();
