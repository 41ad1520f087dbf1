// The coach's programs: the list, a read-only view of built-in or assigned ones, and copying to adapt.
"use strict";

(() => {
  const { api, el } = App;

  async function copy(program, button) {
    button.disabled = true;
    try {
      const created = await api(`/api/programs/${program.id}/copies`, { method: "POST", body: {} });
      location.href = `/coach/programs/${created.id}?copied=1`;
    } catch (error) {
      button.disabled = false;
      button.after(el("p", { class: "error", role: "alert", text: error.message }));
    }
  }

  function copyButton(program) {
    return el("button", { type: "button", class: "button secondary small", "data-testid": "copy-program", onclick: (e) => copy(program, e.currentTarget) },
      "Copy to adapt");
  }

  function builtInBadge(program) {
    return program.builtIn ? el("span", { class: "badge builtin", "data-testid": "built-in-badge", text: "Built-in" }) : null;
  }

  function listItem(program) {
    return el("li", { class: "card program-item", "data-testid": "program-item", "data-program-id": program.id },
      el("div", { class: "card-head" },
        el("h2", {}, el("a", { href: `/coach/programs/${program.id}`, "data-testid": "program-link", text: program.title })),
        builtInBadge(program)),
      program.summary ? el("p", { class: "muted", text: program.summary }) : null,
      el("div", { class: "row" },
        el("span", { class: "small", "data-testid": "step-count", text: Journey.plural(program.stepCount, "step", "steps") }),
        el("span", { class: "spacer" }),
        el("a", { class: "button small", href: `/coach/programs/${program.id}`, text: program.builtIn ? "View" : "Open" }),
        copyButton(program)));
  }

  async function showList(root) {
    const list = root.querySelector("[data-testid=programs-list]");
    const programs = await api("/api/programs");
    list.replaceChildren(...programs.map(listItem));
  }

  function textBlock(title, text, testid) {
    return text ? el("section", { class: "step-part", "data-testid": testid }, el("h3", { text: title }), el("p", { text })) : null;
  }

  function listBlock(title, items, testid) {
    return items.length ? el("section", { class: "step-part", "data-testid": testid },
      el("h3", { text: title }), el("ul", {}, items.map((item) => el("li", { text: item })))) : null;
  }

  function readOnlyStep(step) {
    return el("li", { class: "card step-view", "data-testid": "program-step" },
      el("h2", {}, el("span", { class: "step-order", text: `${step.order}.` }), " ", step.title),
      textBlock("Why it matters", step.whyItMatters, "why-it-matters"),
      textBlock("How to do it", step.howTo, "how-to"),
      textBlock("Tip or example", step.tip, "tip"),
      listBlock("Checklist", step.checklist, "checklist"),
      listBlock("Prompts", step.prompts, "prompts"));
  }

  function readOnly(program) {
    const why = program.builtIn
      ? "Built-in programs stay as they are. Copy it to adapt the steps for a client."
      : "This program is assigned to a client, so its steps no longer change. Copy it to adapt it further.";
    return el("article", { "data-testid": "program-view" },
      el("div", { class: "page-head" },
        el("div", {}, el("h1", { "data-testid": "program-title" }, program.title, " ", builtInBadge(program)),
          program.summary ? el("p", { class: "lead", text: program.summary }) : null),
        copyButton(program)),
      el("p", { class: "notice section", text: why }),
      el("ol", { class: "plain stack section" }, program.steps.map(readOnlyStep)));
  }

  async function showProgram(root) {
    const id = root.dataset.programId;
    const query = new URLSearchParams(location.search);
    const notice = query.has("copied") ? "This is your copy: adapt it and save." : query.has("saved") ? "Program saved." : null;
    if (notice) history.replaceState(null, "", location.pathname);
    if (!id) {
      root.replaceChildren(ProgramEditor.create(null, { heading: "New program" }));
      return;
    }

    const program = await api(`/api/programs/${id}`);
    document.title = `${program.title} · CoachingPlatform`;
    root.replaceChildren(program.editable ? ProgramEditor.create(program, { heading: "Edit program", notice }) : readOnly(program));
  }

  const list = document.querySelector("[data-programs-list]");
  if (list) Journey.load(list, () => showList(list));
  const page = document.querySelector("[data-program-page]");
  if (page) Journey.load(page, () => showProgram(page));
})();
