// Suggestions as you type, for every search box of the site (ARIA 1.2 combobox with a list box).
// Asks this server only: /search/suggest answers OpenSearch suggestions JSON.
(function () {
  "use strict";
  function attach(input) {
    var form = input.form, list = document.createElement("ul"), timer = null, active = -1, items = [];
    list.className = "suggestions"; list.id = input.id + "-list"; list.setAttribute("role", "listbox"); list.hidden = true;
    form.appendChild(list);
    input.setAttribute("role", "combobox"); input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id); input.setAttribute("aria-expanded", "false");
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; }
    function select(i) {
      items.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", items[i].id); else input.removeAttribute("aria-activedescendant");
    }
    function show(answer) {
      list.textContent = ""; items = [];
      (answer[1] || []).forEach(function (text, i) {
        var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
        li.id = list.id + "-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
        a.href = answer[3][i]; a.tabIndex = -1; a.textContent = text + " ";
        small.textContent = answer[2][i] || ""; a.appendChild(small); li.appendChild(a); list.appendChild(li); items.push(li);
      });
      if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } else close();
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/x-suggestions+json" } })
          .then(function (r) { return r.ok ? r.json() : [q, [], [], []]; }).then(show).catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); select(Math.min(active + 1, items.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(Math.max(active - 1, -1)); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); window.location.href = items[active].querySelector("a").href; }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
