// The client's Wheel of Life on their coach's page, and the coach's request to retake it (once a week).
"use strict";

(() => {
  const root = document.querySelector("[data-client-wheel]");
  const clientId = document.querySelector("[data-coach-client]").dataset.clientId;
  const form = root.querySelector("[data-retake-form]");

  Journey.load(root, async () => {
    const [wheel, entries] = await Promise.all([App.api("/api/assessments/wheel-of-life"), App.api(`/api/clients/${clientId}/assessments?pageSize=24`)]);
    WheelView.render(root, entries, wheel.areas);
  });

  App.onSubmit(form, async () => {
    form.querySelector(".notice").hidden = true;
    await App.api(`/api/clients/${clientId}/assessments/retake-requests`, { method: "POST" });
    App.notify(form, "Sent: your client has a link to retake the wheel.");
  });
})();
