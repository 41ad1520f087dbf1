// Shared helpers for the pages: JSON calls to the API with the sign-in cookie, and safe rendering.
"use strict";

const App = (() => {
  // Every state change carries the page's antiforgery token; the server refuses cookie-signed writes without it.
  function headersFor(method, body) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const token = document.querySelector('meta[name="csrf-token"]');
    if (method !== "GET" && token) headers["X-CSRF-TOKEN"] = token.getAttribute("content");
    return headers;
  }

  async function api(path, { method = "GET", body } = {}) {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: headersFor(method, body),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error(describe(data, response.status));
      error.status = response.status;
      error.problem = data;
      throw error;
    }
    return data;
  }

  function describe(problem, status) {
    if (problem && problem.errors) {
      return Object.values(problem.errors).flat().join(" ");
    }
    if (problem && (problem.detail || problem.title)) {
      return problem.detail || problem.title;
    }
    return `The request failed (${status}).`;
  }

  // Builds an element; text is always set as text, never parsed as HTML.
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function progress(percent, label = "Progress") {
    const bar = el("div", { class: "progress", role: "progressbar", "aria-label": label, "aria-valuenow": percent, "aria-valuemin": 0, "aria-valuemax": 100 });
    // Set through the style object: a style attribute would be inline style, which the CSP refuses.
    const fill = el("span");
    fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
    bar.append(fill);
    return bar;
  }

  function formValues(form) {
    return Object.fromEntries(new FormData(form).entries());
  }

  // Runs an async submit handler with the button disabled. A refusal that names fields puts each message
  // under its field (tied with aria-describedby) and moves focus to the first; anything else goes to the
  // form's alert, which then takes the focus.
  function onSubmit(form, handler) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const alert = form.querySelector(".error");
      const notice = form.querySelector(".notice");
      const button = form.querySelector("button[type=submit]");
      if (alert) alert.hidden = true;
      if (notice) notice.hidden = true;
      clearFieldErrors(form);
      if (button) button.disabled = true;
      try {
        await handler(formValues(form), form);
      } catch (error) {
        const placed = error.problem?.errors ? showFieldErrors(form, error.problem.errors) : [];
        const unplaced = error.problem?.errors ? Object.entries(error.problem.errors).filter(([key]) => !placed.includes(key)).flatMap(([, m]) => m) : [error.message];
        if (alert && unplaced.length > 0) {
          alert.textContent = unplaced.join(" ");
          alert.hidden = false;
        }
        const first = form.querySelector("[aria-invalid=true]");
        if (first) first.focus();
        else if (alert && !alert.hidden) focusMessage(alert);
      } finally {
        if (button) button.disabled = false;
      }
    });
  }

  function focusMessage(node) {
    node.setAttribute("tabindex", "-1");
    node.focus();
  }

  // The control a server field name ("newPassword", "email") points at, by name, case aside.
  function controlFor(form, key) {
    const wanted = key.toLowerCase();
    return [...form.elements].find((control) => control.name && control.name.toLowerCase() === wanted) || null;
  }

  // Returns the keys it could place under a field.
  function showFieldErrors(form, errors) {
    const placed = [];
    for (const [key, messages] of Object.entries(errors)) {
      const control = controlFor(form, key);
      if (!control || control.type === "hidden") continue;
      const id = `${control.id || `${form.id || "form"}-${control.name}`}-error`;
      let slot = document.getElementById(id);
      if (!slot) {
        slot = el("p", { id, class: "field-error", "data-field-error": true });
        (control.closest(".field") || control.closest("label") || control).after(slot);
      }
      slot.textContent = messages.join(" ");
      slot.hidden = false;
      control.setAttribute("aria-invalid", "true");
      const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(id)) control.setAttribute("aria-describedby", [...described, id].join(" "));
      placed.push(key);
    }
    return placed;
  }

  function clearFieldErrors(form) {
    form.querySelectorAll("[data-field-error]").forEach((slot) => {
      form.querySelectorAll(`[aria-describedby~="${slot.id}"]`).forEach((control) => {
        const rest = control.getAttribute("aria-describedby").split(" ").filter((id) => id && id !== slot.id);
        if (rest.length) control.setAttribute("aria-describedby", rest.join(" "));
        else control.removeAttribute("aria-describedby");
      });
      slot.remove();
    });
    form.querySelectorAll("[aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
  }

  // Asks before leaving a page whose edits are not saved yet (reload, close, or a link), while isDirty() holds.
  function guardUnsaved(isDirty, message = "You have changes that are not saved yet. Leave this page anyway?") {
    window.addEventListener("beforeunload", (event) => {
      if (!isDirty()) return;
      event.preventDefault();
      event.returnValue = "";
    });
    document.addEventListener("click", (event) => {
      const link = event.target.closest("a[href]");
      if (!link || link.target === "_blank" || link.hasAttribute("download") || !isDirty()) return;
      if (!window.confirm(message)) event.preventDefault();
      else window.__leaving = true;
    });
    return { leaving: () => window.__leaving === true };
  }

  function notify(form, message) {
    const notice = form.querySelector(".notice");
    if (notice) {
      notice.textContent = message;
      notice.hidden = false;
    }
  }

  // An error shown under one field, like a refusal from the server would be.
  function fieldError(field, message) {
    const error = new Error(message);
    error.problem = { errors: { [field]: [message] } };
    return error;
  }

  function date(value) {
    return value ? new Date(value).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }) : "";
  }

  function homeFor(roles) {
    if (roles.includes("Admin")) return "/admin";
    if (roles.includes("Coach")) return "/coach";
    if (roles.includes("Client")) return "/client";
    return "/";
  }

  function wireCommonForms() {
    document.querySelectorAll("[data-sign-out]").forEach((button) => button.addEventListener("click", async () => {
      await api("/api/auth/logout", { method: "POST" });
      location.href = "/";
    }));

    const accept = document.querySelector("[data-accept-invitation]");
    if (accept) onSubmit(accept, async (values) => {
      if (values.password !== values.confirm) throw fieldError("confirm", "The two passwords are not the same.");
      const accepted = await api("/api/auth/accept-invitation", { method: "POST", body: { token: values.token, password: values.password } });
      await api("/api/auth/login?useCookies=true", { method: "POST", body: { email: accepted.email, password: values.password } });
      const me = await api("/api/me");
      location.href = homeFor(me.roles);
    });

    const acceptCoach = document.querySelector("[data-accept-coach]");
    if (acceptCoach) onSubmit(acceptCoach, async (values, form) => {
      await api("/api/client-links/accept", { method: "POST", body: { token: values.token } });
      form.querySelector("button[type=submit]").hidden = true;
      notify(form, "Done: you now work with this coach. Sign in to see what they share with you.");
    });

    const here = location.pathname;
    document.querySelectorAll(".main-nav a").forEach((link) => {
      if (link.getAttribute("href") === here) link.setAttribute("aria-current", "page");
    });
  }

  document.addEventListener("DOMContentLoaded", wireCommonForms);
  return { api, el, progress, onSubmit, notify, date, formValues, guardUnsaved, fieldError, homeFor };
})();
