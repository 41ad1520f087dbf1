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

  function progress(percent) {
    const bar = el("div", { class: "progress", role: "progressbar", "aria-valuenow": percent, "aria-valuemin": 0, "aria-valuemax": 100 });
    // Set through the style object: a style attribute would be inline style, which the CSP refuses.
    const fill = el("span");
    fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
    bar.append(fill);
    return bar;
  }

  function formValues(form) {
    return Object.fromEntries(new FormData(form).entries());
  }

  // Runs an async submit handler with the button disabled and errors shown in the form's alert.
  function onSubmit(form, handler) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const alert = form.querySelector(".error");
      const button = form.querySelector("button[type=submit]");
      if (alert) alert.hidden = true;
      if (button) button.disabled = true;
      try {
        await handler(formValues(form), form);
      } catch (error) {
        if (alert) {
          alert.textContent = error.message;
          alert.hidden = false;
        }
      } finally {
        if (button) button.disabled = false;
      }
    });
  }

  function notify(form, message) {
    const notice = form.querySelector(".notice");
    if (notice) {
      notice.textContent = message;
      notice.hidden = false;
    }
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
    if (accept) onSubmit(accept, async (values, form) => {
      if (values.password !== values.confirm) throw new Error("The two passwords are not the same.");
      const accepted = await api("/api/auth/accept-invitation", { method: "POST", body: { token: values.token, password: values.password } });
      await api("/api/auth/login?useCookies=true", { method: "POST", body: { email: accepted.email, password: values.password } });
      const me = await api("/api/me");
      location.href = homeFor(me.roles);
    });

    const inviteCoach = document.querySelector("[data-invite-coach]");
    if (inviteCoach) onSubmit(inviteCoach, async (values, form) => {
      await api("/api/admin/coaches", { method: "POST", body: values });
      form.reset();
      notify(form, `Invitation sent to ${values.email}.`);
    });

    const confirmSubscription = document.querySelector("[data-confirm-subscription]");
    if (confirmSubscription) onSubmit(confirmSubscription, async (values, form) => {
      const confirmed = await api("/api/subscriptions/confirm", { method: "POST", body: { token: values.token } });
      form.querySelector("button[type=submit]").hidden = true;
      notify(form, `You are subscribed: the ${confirmed.frequency} digest will come to ${confirmed.email}.`);
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
  return { api, el, progress, onSubmit, notify, date, formValues };
})();
