// The Wheel of Life form works as plain number inputs; with scripts on, each gets a slider beside it.
// Slider and number stay in step, so either can be used (drag, arrow keys, or type a number).
"use strict";

document.querySelectorAll("[data-wheel-form] [data-score]").forEach((number) => {
  const slider = document.createElement("input");
  slider.type = "range";
  slider.min = number.min;
  slider.max = number.max;
  slider.step = "1";
  slider.value = number.value || "5";
  slider.className = "score-range";
  slider.setAttribute("aria-label", `${number.labels[0]?.textContent ?? "Score"}, slider`);
  slider.dataset.testid = `range-${number.id.replace(/^score-/, "")}`;
  slider.addEventListener("input", () => { number.value = slider.value; });
  number.addEventListener("input", () => {
    const value = Number.parseInt(number.value, 10);
    if (value >= 1 && value <= 10) slider.value = String(value);
  });
  number.before(slider);
});
