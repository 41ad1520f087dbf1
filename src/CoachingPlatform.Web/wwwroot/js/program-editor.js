// The program editor: title, summary and ordered steps, saved with POST (new) or PUT (own, unassigned).
"use strict";

const ProgramEditor = (() => {
  const { api, el } = App;

  const stepFields = [
    { key: "title", label: "Title", max: 200 },
    { key: "whyItMatters", label: "Why it matters", max: 2000, area: true },
    { key: "howTo", label: "How to do it", max: 4000, area: true },
    { key: "tip", label: "Tip or example (optional)", max: 2000, area: true },
    { key: "checklist", label: "Checklist (optional, one item per line)", area: true, lines: true },
    { key: "prompts", label: "Reflection prompts (optional, one per line)", area: true, lines: true },
  ];

  let fields = 0;

  // A control with its label with its error line, which the control names in aria-describedby.
  function field(label, control) {
    const id = `program-field-${++fields}`;
    const error = el("p", { id: `${id}-error`, class: "field-error", role: "alert", "data-testid": "field-error", hidden: true });
    control.id = id;
    control.setAttribute("aria-describedby", error.id);
    return el("div", { class: "field" }, el("label", { for: id }, label), control, error);
  }

  function stepEditor(step) {
    const item = el("li", { class: "card step-editor", "data-testid": "step-editor" },
      el("div", { class: "card-head" },
        el("h3", { "data-step-heading": true }),
        el("div", { class: "row tools" },
          el("button", { type: "button", class: "button secondary small", "data-move": "up", "data-testid": "move-step-up", "aria-label": "Move step up" }, "↑ Up"),
          el("button", { type: "button", class: "button secondary small", "data-move": "down", "data-testid": "move-step-down", "aria-label": "Move step down" }, "↓ Down"),
          el("button", { type: "button", class: "link-button", "data-remove": true, "data-testid": "remove-step" }, "Remove"))));
    for (const f of stepFields) {
      const raw = step ? step[f.key] : "";
      const value = f.lines ? (raw || []).join("\n") : raw || "";
      const control = f.area
        ? el("textarea", { "data-key": f.key, "data-testid": `step-${f.key}`, maxlength: f.max, rows: f.lines ? 3 : 4 })
        : el("input", { "data-key": f.key, "data-testid": `step-${f.key}`, maxlength: f.max });
      control.value = value;
      item.append(field(f.label, control));
    }
    const milestone = el("input", { type: "checkbox", "data-key": "retakeWheel", "data-testid": "step-retakeWheel", checked: Boolean(step?.retakeWheel) });
    item.append(el("label", { class: "inline" }, milestone, "A milestone: after this step, invite the client to retake the Wheel of Life"));
    return item;
  }

  function renumber(list) {
    const items = [...list.children];
    items.forEach((item, i) => {
      item.querySelector("[data-step-heading]").textContent = `Step ${i + 1}`;
      item.querySelector("[data-move=up]").disabled = i === 0;
      item.querySelector("[data-move=down]").disabled = i === items.length - 1;
      item.querySelector("[data-remove]").disabled = items.length === 1;
    });
  }

  function collect(form, list) {
    const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
    return {
      title: form.elements.title.value.trim(),
      summary: form.elements.summary.value.trim(),
      steps: [...list.children].map((item) => {
        const value = (key) => item.querySelector(`[data-key=${key}]`).value;
        return {
          title: value("title").trim(),
          whyItMatters: value("whyItMatters").trim(),
          howTo: value("howTo").trim(),
          tip: value("tip").trim() || null,
          checklist: lines(value("checklist")),
          prompts: lines(value("prompts")),
          retakeWheel: item.querySelector("[data-key=retakeWheel]").checked,
        };
      }),
    };
  }

  // Puts each server message under its field: "title", "steps", "steps[2].howTo", "steps[0].checklist[1]".
  function showFieldErrors(form, list, errors) {
    let unplaced = [];
    for (const [key, messages] of Object.entries(errors)) {
      const match = /^steps\[(\d+)\]\.(\w+)/.exec(key);
      let control = null;
      if (match) control = list.children[Number(match[1])]?.querySelector(`[data-key=${match[2]}]`);
      else if (key === "title" || key === "summary") control = form.elements[key];
      const slot = key === "steps" ? form.querySelector("[data-steps-error]") : control?.closest(".field").querySelector(".field-error");
      if (!slot) {
        unplaced = unplaced.concat(messages);
        continue;
      }
      slot.textContent = messages.join(" ");
      slot.hidden = false;
      control?.setAttribute("aria-invalid", "true");
    }
    return unplaced;
  }

  function clearFieldErrors(form) {
    form.querySelectorAll(".field-error").forEach((slot) => { slot.hidden = true; slot.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
  }

  async function save(program, form, list, edits) {
    clearFieldErrors(form);
    form.querySelector(".notice").hidden = true;
    const body = collect(form, list);
    try {
      if (!program) {
        const created = await api("/api/programs", { method: "POST", body });
        edits.saved();
        location.href = `/coach/programs/${created.id}?saved=1`;
        return;
      }
      await api(`/api/programs/${program.id}`, { method: "PUT", body });
      edits.saved();
      App.notify(form, "Program saved.");
    } catch (error) {
      if (error.status !== 400 || !error.problem?.errors) throw error;
      const unplaced = showFieldErrors(form, list, error.problem.errors);
      form.querySelector("[aria-invalid]")?.focus();
      throw new Error(["Some fields need attention.", ...unplaced].join(" "));
    }
  }

  // Any typing, reordering, adding or removing counts as an edit until the program is saved; leaving before
  // that (Cancel, another link, reload, closing the tab) asks first.
  function trackEdits(form) {
    let dirty = false;
    const mark = () => { dirty = true; };
    form.addEventListener("input", mark);
    form.addEventListener("click", (event) => { if (event.target.closest("button[type=button]")) mark(); });
    App.guardUnsaved(() => dirty, "Your changes to this program are not saved. Leave without saving them?");
    return { saved: () => { dirty = false; } };
  }

  function create(program, { heading, notice } = {}) {
    const list = el("ol", { class: "plain stack step-editors", "data-testid": "step-editors" });
    (program?.steps.length ? program.steps : [null]).forEach((step) => list.append(stepEditor(step)));
    const title = el("input", { name: "title", maxlength: 200, "data-testid": "program-title-input" });
    const summary = el("textarea", { name: "summary", maxlength: 2000, rows: 3, "data-testid": "program-summary" });
    title.value = program?.title || "";
    summary.value = program?.summary || "";
    const form = el("form", { class: "stack program-form", novalidate: true, "data-testid": "program-form" },
      el("h1", { text: heading }),
      el("p", { class: "notice", role: "status", hidden: !notice, text: notice }),
      field("Title", title),
      field("Summary (optional)", summary),
      el("h2", { text: "Steps" }),
      el("p", { class: "field-error", role: "alert", "data-steps-error": true, "data-testid": "field-error", hidden: true }),
      list,
      el("div", { class: "row" }, el("button", { type: "button", class: "button secondary", "data-testid": "add-step", "data-add": true }, "Add a step")),
      el("p", { class: "error", role: "alert", hidden: true }),
      el("div", { class: "row form-actions" },
        el("button", { type: "submit", class: "button", "data-testid": "save-program" }, "Save program"),
        el("a", { href: "/coach/programs", text: "Cancel" })));

    form.addEventListener("click", (event) => {
      const button = event.target.closest("button[type=button]");
      if (!button) return;
      const item = button.closest(".step-editor");
      if (button.dataset.add !== undefined) {
        const added = stepEditor(null);
        list.append(added);
        added.querySelector("[data-key=title]").focus();
      } else if (button.dataset.remove !== undefined) {
        item.remove();
      } else if (button.dataset.move === "up" && item.previousElementSibling) {
        item.previousElementSibling.before(item);
      } else if (button.dataset.move === "down" && item.nextElementSibling) {
        item.nextElementSibling.after(item);
      }
      renumber(list);
    });
    renumber(list);
    const edits = trackEdits(form);
    App.onSubmit(form, () => save(program, form, list, edits));
    return form;
  }

  return { create };
})();
