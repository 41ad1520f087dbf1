// The client's "My wheel": the latest result with the previous one outlined, each area over time, the goals.
"use strict";

(() => {
  const root = document.querySelector("[data-my-wheel]");
  Journey.load(root, async () => {
    const [wheel, entries] = await Promise.all([App.api("/api/assessments/wheel-of-life"), App.api("/api/me/assessments?pageSize=24")]);
    WheelView.render(root, entries, wheel.areas);
  });
})();
