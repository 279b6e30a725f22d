// Suggests the titles of pages as the visitor types in the search form (a datalist, so the
// browser's own keyboard handling and screen-reader announcements apply).
(function () {
  const input = document.querySelector("[data-suggest-url]");
  if (!input) return;
  const list = document.getElementById(input.getAttribute("list"));
  let pending;
  input.addEventListener("input", function () {
    clearTimeout(pending);
    const query = input.value.trim();
    if (query.length < 2) return;
    pending = setTimeout(async function () {
      const url = new URL(input.dataset.suggestUrl, window.location.href);
      url.searchParams.set("q", query);
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const { results } = await response.json();
      list.replaceChildren(...results.map(function (result) {
        const option = document.createElement("option");
        option.value = result.title;
        return option;
      }));
    }, 200);
  });
})();
