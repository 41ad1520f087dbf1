// Shared helpers for the pages: JSON calls to the API with the sign-in cookie, and safe rendering.
"use strict";

const App = (() => {
  async function api(path, { method = "GET", body } = {}) {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
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
    bar.append(el("span", { style: `width:${Math.max(0, Math.min(100, percent))}%` }));
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

    const signIn = document.querySelector("[data-sign-in]");
    if (signIn) onSubmit(signIn, async (values) => {
      await api("/api/auth/login?useCookies=true", { method: "POST", body: { email: values.email, password: values.password } });
      const returnUrl = new URLSearchParams(location.search).get("ReturnUrl");
      if (returnUrl && returnUrl.startsWith("/") && !returnUrl.startsWith("//")) {
        location.href = returnUrl;
      } else {
        const me = await api("/api/me");
        location.href = homeFor(me.roles);
      }
    });

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

    const here = location.pathname;
    document.querySelectorAll(".main-nav a").forEach((link) => {
      if (link.getAttribute("href") === here) link.setAttribute("aria-current", "page");
    });
  }

  document.addEventListener("DOMContentLoaded", wireCommonForms);
  return { api, el, progress, onSubmit, notify, date, formValues };
})();
