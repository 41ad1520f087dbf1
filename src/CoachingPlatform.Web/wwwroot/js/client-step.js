// A step of the client's program: read it, tick the checklist, reflect, choose to share, mark it complete.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-client-step]");
  const { assignmentId, stepId } = root.dataset;
  const stepPath = (id) => `/client/assignments/${assignmentId}/steps/${id}`;
  const body = root.querySelector("[data-step-body]");

  function part(title, text, testid) {
    return text ? el("section", { class: "step-part", "data-testid": testid }, el("h2", { text: title }), el("p", { text })) : null;
  }

  function showProgress(percent) {
    root.querySelector("[data-step-progress]").replaceChildren(
      Journey.progress(percent, "complete"));
  }

  // What the client sees in the form: an unsaved draft wins over the saved answer.
  function startingAnswer(data) {
    return {
      reflection: data.draft?.reflection ?? data.completion?.reflection ?? "",
      checkedItems: data.draft?.checkedItems ?? data.completion?.checkedItems ?? [],
    };
  }

  function checklist(data) {
    if (data.step.checklist.length === 0) return null;
    const checked = new Set(startingAnswer(data).checkedItems);
    return el("fieldset", { class: "step-part checklist", "data-testid": "checklist" },
      el("legend", { text: "Checklist" }),
      data.step.checklist.map((item) => el("label", { class: "inline" },
        el("input", { type: "checkbox", name: "checkedItems", value: item, checked: checked.has(item), "data-testid": "checklist-item" }),
        el("span", { text: item }))));
  }

  function prompts(data) {
    if (data.step.prompts.length === 0) return null;
    return el("section", { class: "step-part", "data-testid": "prompts" },
      el("h2", { text: "Reflection prompts" }),
      el("ul", { class: "prompts" }, data.step.prompts.map((prompt) => el("li", { text: prompt }))));
  }

  function celebration(data) {
    return el("div", { class: "celebration", role: "status", "data-testid": "celebration" },
      el("p", { class: "celebration-title", text: `You completed ${data.programTitle}.` }),
      el("p", { text: "Every step took honesty and patience. Take a moment to notice how far you have come." }),
      el("p", {}, el("a", { href: "/client/wins", text: "Record it as a win" }), " · ", el("a", { href: "/client", text: "Back to my programs" })));
  }

  function completedNote(completion) {
    return el("p", { class: "muted small", "data-testid": "completed-on", text: `Completed on ${App.date(completion.completedAt)}. You can still change your answer.` });
  }

  // Saves the reflection and ticks as a draft while the client works: a moment after they stop typing,
  // when they leave the field, and on every tick. The status line says "Saving…", "Saved" or what failed.
  function drafts(form, reflection, status) {
    const path = `/api/me/assignments/${assignmentId}/steps/${stepId}/draft`;
    let timer = null;
    let dirty = false;
    let saving = Promise.resolve();

    function say(text, failed = false) {
      status.textContent = text;
      status.classList.toggle("failed", failed);
    }

    function checkedItems() {
      return [...form.querySelectorAll("input[name=checkedItems]:checked")].map((box) => box.value);
    }

    async function save() {
      clearTimeout(timer);
      timer = null;
      if (!dirty) return;
      dirty = false;
      say("Saving…");
      saving = api(path, { method: "PUT", body: { reflection: reflection.value, checkedItems: checkedItems() } })
        .then(() => say(`Saved ${new Date().toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}`))
        .catch((error) => {
          dirty = true;
          say(`Not saved yet: ${error.message}`, true);
        });
      await saving;
    }

    function changed(delay) {
      dirty = true;
      say("Unsaved changes");
      clearTimeout(timer);
      timer = setTimeout(save, delay);
    }

    reflection.addEventListener("input", () => changed(800));
    reflection.addEventListener("blur", save);
    form.addEventListener("change", (event) => {
      if (event.target.name === "checkedItems") changed(0);
    });
    App.guardUnsaved(() => dirty || timer !== null);
    return {
      settle: async () => { clearTimeout(timer); timer = null; dirty = false; await saving; },
      say,
    };
  }

  function stepForm(data) {
    const reflection = el("textarea", { id: "reflection", name: "reflection", maxlength: 4000, rows: 7, "data-testid": "reflection" });
    reflection.value = startingAnswer(data).reflection;
    const draftStatus = el("p", { class: "draft-status muted small", role: "status", "data-testid": "draft-status" },
      data.draft ? `Your draft from ${Journey.dateTime(data.draft.savedAt)} is back.` : "");
    const share = el("input", { type: "checkbox", role: "switch", name: "share", checked: data.completion?.sharedWithCoach, "data-testid": "share-with-coach" });
    const form = el("form", { class: "stack step-form", "data-testid": "step-form" },
      checklist(data),
      prompts(data),
      el("div", { class: "field" }, el("label", { for: "reflection", class: "label-title", text: "Your reflection" }), reflection, draftStatus),
      el("label", { class: "switch" }, share,
        el("span", {}, "Share this reflection with my coach",
          el("span", { class: "muted small block", text: "Off: only you can read it. On: your coach sees it under this step." }))),
      el("p", { class: "error", role: "alert", hidden: true }),
      el("p", { class: "notice", role: "status", hidden: true, "data-testid": "complete-notice" }),
      data.completion ? completedNote(data.completion) : null,
      el("div", { class: "row" },
        el("button", { type: "submit", class: "button", "data-testid": "complete-step" }, data.completion ? "Save my answer" : "Mark complete")));
    const slot = el("div", { "data-celebration-slot": true });
    const draft = drafts(form, reflection, draftStatus);

    App.onSubmit(form, async () => {
      await draft.settle();
      form.querySelector(".notice").hidden = true;
      const checkedItems = [...form.querySelectorAll("input[name=checkedItems]:checked")].map((box) => box.value);
      const result = await api(`/api/me/assignments/${assignmentId}/steps/${stepId}/completion`, {
        method: "POST",
        body: { reflection: reflection.value.trim(), checkedItems, shareWithCoach: share.checked },
      });
      showProgress(result.percent);
      draft.say("");
      const notice = form.querySelector(".notice");
      notice.replaceChildren(`Step complete. You are ${result.percent}% of the way through. `,
        data.nextStepId ? el("a", { href: stepPath(data.nextStepId), "data-testid": "go-next-step", text: "Go to the next step" }) : "",
        result.retakeWheel ? el("span", {}, " A milestone: ", el("a", { href: "/wheel-of-life", "data-testid": "retake-wheel-milestone", text: "retake your Wheel of Life" }), " to see what has changed.") : "");
      notice.hidden = false;
      form.querySelector("[data-testid=complete-step]").textContent = "Save my answer";
      root.querySelector("[data-step-badge]").replaceChildren(Journey.stepBadge("completed"));
      slot.replaceChildren(result.programJustCompleted ? celebration(data) : "");
    });
    return [form, slot];
  }

  function locked(data) {
    return el("div", { class: "card locked-step", "data-testid": "locked-notice" },
      el("p", { class: "strong", text: `This step unlocks on ${App.date(data.unlocksAt)}.` }),
      el("p", { class: "muted", text: "Your coach paced this program so each step has room to settle. Until then, the steps before it are open to revisit." }));
  }

  function nav(data) {
    root.querySelector("[data-step-nav]").replaceChildren(
      data.previousStepId ? el("a", { href: stepPath(data.previousStepId), rel: "prev", "data-testid": "previous-step", text: "← Previous step" }) : el("span"),
      data.nextStepId ? el("a", { href: stepPath(data.nextStepId), rel: "next", "data-testid": "next-step", text: "Next step →" }) : el("a", { href: "/client", text: "Back to my programs" }));
  }

  Journey.load(body, async () => {
    const data = await api(`/api/me/assignments/${assignmentId}/steps/${stepId}`);
    document.title = `${data.step.title} · CoachingPlatform`;
    root.querySelector("[data-program-title]").textContent = `${data.programTitle} · step ${data.step.order} of ${data.totalSteps}`;
    root.querySelector("[data-step-title]").textContent = data.step.title;
    root.querySelector("[data-step-title]").after(el("p", { "data-step-badge": true }, Journey.stepState(data)));
    showProgress(data.percent);
    nav(data);
    if (data.status === "locked") {
      body.replaceChildren(locked(data));
      return;
    }
    body.replaceChildren(...[
      part("Why it matters", data.step.whyItMatters, "why-it-matters"),
      part("How to do it", data.step.howTo, "how-to"),
      part("Tip or example", data.step.tip, "tip"),
      ...stepForm(data)].filter(Boolean));
  });
})();
