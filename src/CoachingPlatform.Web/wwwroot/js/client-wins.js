// Wins & practice: small wins, today's three gratitudes with the streak, the timeline and reminder settings.
"use strict";

(() => {
  const { api, el } = App;
  const root = document.querySelector("[data-client-practice]");
  const winForm = root.querySelector("[data-win-form]");
  const gratitudeForm = root.querySelector("[data-gratitude-form]");
  const preferencesForm = root.querySelector("[data-preferences-form]");
  const gratitudeItems = ["item1", "item2", "item3"].map((name) => gratitudeForm.elements[name]);

  async function loadTimeline() {
    Journey.timeline(root.querySelector("[data-timeline]"), await api("/api/me/timeline"),
      "Your wins and completed steps will appear here.");
  }

  function showGratitude(gratitude) {
    root.querySelector("[data-testid=streak]").textContent = gratitude.streak;
    root.querySelector("[data-streak-unit]").textContent = gratitude.streak === 1 ? "day" : "days";
    const today = gratitude.entries.find((entry) => entry.day === gratitude.today);
    if (today) today.items.forEach((item, i) => { if (gratitudeItems[i]) gratitudeItems[i].value = item; });
  }

  async function loadGratitude() {
    showGratitude(await api("/api/me/gratitude"));
  }

  function browserTimeZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch {
      return "";
    }
  }

  function fillTimeZones() {
    if (typeof Intl.supportedValuesOf !== "function") return;
    root.querySelector("#time-zones").replaceChildren(...Intl.supportedValuesOf("timeZone").map((zone) => el("option", { value: zone })));
  }

  async function loadPreferences() {
    const preferences = await api("/api/me/preferences");
    const fields = preferencesForm.elements;
    const suggested = browserTimeZone();
    // "UTC" is what an account starts with; the device's own zone is the better first guess.
    const unset = !preferences.timeZone || preferences.timeZone === "UTC";
    fields.timeZone.value = unset && suggested ? suggested : preferences.timeZone;
    root.querySelector("[data-time-zone-hint]").hidden = !(unset && suggested && suggested !== preferences.timeZone);
    fields.quietHoursStart.value = preferences.quietHoursStart.slice(0, 5);
    fields.quietHoursEnd.value = preferences.quietHoursEnd.slice(0, 5);
    fields.weeklyReminderBudget.value = preferences.weeklyReminderBudget;
  }

  const seconds = (time) => (time.length === 5 ? `${time}:00` : time);

  App.onSubmit(winForm, async (values) => {
    winForm.querySelector(".notice").hidden = true;
    await api("/api/me/wins", { method: "POST", body: { text: values.text.trim() } });
    winForm.reset();
    App.notify(winForm, "Win recorded. Well done for noticing it.");
    await loadTimeline();
  });

  App.onSubmit(gratitudeForm, async () => {
    gratitudeForm.querySelector(".notice").hidden = true;
    const gratitude = await api("/api/me/gratitude/today", {
      method: "PUT",
      body: { items: gratitudeItems.map((input) => input.value.trim()) },
    });
    showGratitude(gratitude);
    App.notify(gratitudeForm, "Saved for today. You can change it until the day ends.");
  });

  App.onSubmit(preferencesForm, async (values) => {
    preferencesForm.querySelector(".notice").hidden = true;
    await api("/api/me/preferences", {
      method: "PUT",
      body: {
        timeZone: values.timeZone.trim(),
        quietHoursStart: seconds(values.quietHoursStart),
        quietHoursEnd: seconds(values.quietHoursEnd),
        weeklyReminderBudget: Number(values.weeklyReminderBudget),
      },
    });
    await loadPreferences();
    App.notify(preferencesForm, Number(values.weeklyReminderBudget) === 0
      ? "Saved. Coaching reminders are off."
      : "Saved. Reminders will follow these settings.");
  });

  fillTimeZones();
  Journey.load(root, () => Promise.all([loadTimeline(), loadGratitude(), loadPreferences()]));
})();
