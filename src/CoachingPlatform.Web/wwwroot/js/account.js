// The account pages: change the password; download or erase "my data".
"use strict";

(() => {
  const { api, onSubmit, notify, fieldError } = App;

  const change = document.querySelector("[data-change-password]");
  if (change) onSubmit(change, async (values, form) => {
    if (values.newPassword !== values.repeatPassword) throw fieldError("repeatPassword", "The two new passwords are not the same.");
    await api("/api/me/password", { method: "PUT", body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
    form.reset();
    notify(form, "Your password is changed.");
  });

  const erase = document.querySelector("[data-erase-account]");
  if (erase) onSubmit(erase, async (values) => {
    if (!window.confirm("Erase your account and everything you wrote? This cannot be undone.")) return;
    await api("/api/me/erasure", { method: "POST", body: { password: values.password } });
    location.href = "/?erased=1";
  });
})();
