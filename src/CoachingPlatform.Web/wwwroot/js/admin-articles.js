// The article editor: list every article, load one, save it through the API. Preview is a plain form post.
"use strict";

(() => {
  const form = document.querySelector("[data-article-editor]");
  if (!form) return;
  const { api, el, notify } = App;
  const list = document.querySelector("[data-article-list]");
  const more = document.querySelector("[data-more-articles]");
  const heading = form.querySelector("[data-editor-heading]");
  const alert = form.querySelector(".error");
  const notice = form.querySelector(".notice");
  const pageSize = 50;
  let page = 1;

  function clearMessages() {
    alert.hidden = true;
    notice.hidden = true;
  }

  function edit(article) {
    form.elements.slug.value = article ? article.slug : "";
    form.elements.title.value = article ? article.title : "";
    form.elements.body.value = article ? article.body : "";
    form.elements.published.checked = article ? article.published : false;
    heading.textContent = article ? `Editing “${article.title}”` : "New article";
    clearMessages();
  }

  function item(article) {
    const state = article.published ? "published" : "draft";
    return el("li", { "data-testid": "article-row" },
      el("button", { type: "button", class: "link-button", text: article.title, onclick: async () => edit(await api(`/api/articles/${encodeURIComponent(article.slug)}`)) }),
      " ", el("span", { class: article.published ? "badge" : "badge locked", text: state }),
      article.published ? el("a", { class: "small", href: `/articles/${encodeURIComponent(article.slug)}`, text: " view" }) : null);
  }

  async function load(reset) {
    if (reset) { page = 1; list.replaceChildren(); }
    const articles = await api(`/api/admin/articles?page=${page}&pageSize=${pageSize}`);
    list.append(...articles.map(item));
    more.hidden = articles.length < pageSize;
  }

  form.addEventListener("submit", async (event) => {
    if (event.submitter && event.submitter.hasAttribute("data-preview")) return; // the preview posts to its frame
    event.preventDefault();
    clearMessages();
    const values = { title: form.elements.title.value, body: form.elements.body.value };
    const published = form.elements.published.checked;
    try {
      let slug = form.elements.slug.value;
      if (slug) {
        await api(`/api/articles/${encodeURIComponent(slug)}`, { method: "PUT", body: { ...values, published } });
      } else {
        slug = (await api("/api/articles", { method: "POST", body: { ...values, draft: !published } })).slug;
        form.elements.slug.value = slug;
      }
      heading.textContent = `Editing “${values.title}”`;
      notify(form, published ? `Saved and published at /articles/${slug}.` : `Saved as a draft (/articles/${slug} once published).`);
      await load(true);
    } catch (error) {
      alert.textContent = error.message;
      alert.hidden = false;
    }
  });
  document.querySelector("[data-new-article]").addEventListener("click", () => edit(null));
  more.addEventListener("click", () => { page += 1; load(false); });
  load(true).catch((error) => { alert.textContent = error.message; alert.hidden = false; });
})();
