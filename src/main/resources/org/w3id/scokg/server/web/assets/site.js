// Suggestions as you type, for every search box of the site (ARIA 1.2 combobox with a list box).
// Asks this server only: /search/suggest answers OpenSearch suggestions JSON.
(function () {
  "use strict";
  // Each date in a time element, kept on one line as on the pages (Html.keepWhole): "2017-" stood over "06-09".
  function write(element, text) {
    text.split(/(\d{4}-\d{2}(?:-\d{2})?)/).forEach(function (part, k) {
      if (k % 2) { var time = document.createElement("time"); time.textContent = part; element.appendChild(time); }
      else if (part) element.appendChild(document.createTextNode(part));
    });
  }
  function attach(input) {
    var form = input.form, list = document.createElement("ul"), timer = null, leaving = null, active = -1, items = [];
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
        // The option itself is what is chosen (a click, or Enter on the one selected), with no link inside:
        // a link in an option is an interactive control within one (axe-core's nested-interactive, serious;
        // a review on 4 December 2026).
        var li = document.createElement("li"), small = document.createElement("small");
        li.id = list.id + "-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
        // The name in its own language (answer[4]), so an English name on a Chinese page is read as English.
        var name = document.createElement("span"), lang = (answer[4] || [])[i];
        if (lang) name.lang = lang;
        // A title made of parts (answer[5]): each part in another language in a span that says it,
        // as the pages mark it («Китай — поддерживает: <span lang="en">cyber sovereignty</span>»).
        var parts = (answer[5] || [])[i];
        if (parts && parts.length) {
          parts.forEach(function (part) {
            if (part[1] === lang) { write(name, part[0]); return; }
            var span = document.createElement("span"); span.lang = part[1]; write(span, part[0]); name.appendChild(span);
          });
        } else write(name, text);
        li.setAttribute("data-href", answer[3][i]); li.appendChild(name); li.appendChild(document.createTextNode(" "));
        small.textContent = answer[2][i] || ""; li.appendChild(small);
        li.addEventListener("click", function () { window.location.href = li.getAttribute("data-href"); });
        list.appendChild(li); items.push(li);
      });
      if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } else close();
    }
    // The box says the language of the words it holds where their script tells another than the page's
    // ("India" on a Russian page is English), by the rule the server marks it by (Scripts.languageOf);
    // empty, it is the page's again, as its placeholder is.
    function mark() {
      var v = input.value, l = /\p{sc=Han}/u.test(v) ? "zh" : /\p{sc=Cyrillic}/u.test(v) ? "ru" : /\p{sc=Latin}/u.test(v) ? "en" : "";
      if (l && l !== document.documentElement.lang) input.lang = l; else input.removeAttribute("lang");
    }
    input.addEventListener("input", function () {
      clearTimeout(timer); clearTimeout(leaving);
      mark();
      var q = input.value.trim();
      // Two letters, or one character of a script that says a word or a syllable in one (印, か, 한), as the server asks.
      if (q.length < 2 && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(q)) { close(); return; }
      timer = setTimeout(function () {
        var url = input.getAttribute("data-suggest");
        fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(q), { headers: { Accept: "application/x-suggestions+json" } })
          .then(function (r) { return r.ok ? r.json() : [q, [], [], []]; })
          // An answer to what the box no longer holds is not shown (one typed over it, or cleared).
          .then(function (answer) { if (input.value.trim() === q) show(answer); }).catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); select(Math.min(active + 1, items.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(Math.max(active - 1, -1)); }
      // Escape closes the list and keeps the words: a field of type search would also clear itself
      // (a review on 5 December 2026); with the list closed, a second Escape does that as usual.
      else if (e.key === "Escape") { e.preventDefault(); close(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); window.location.href = items[active].getAttribute("data-href"); }
    });
    // The list closes a moment after the box loses focus (a click on a suggestion lands first), unless
    // the box has it again or is typed into meanwhile: such a close came after the next answer was shown.
    input.addEventListener("blur", function () { leaving = setTimeout(close, 200); });
    input.addEventListener("focus", function () { clearTimeout(leaving); });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
  // A link to the editor (a named query's page) takes the editor's own address, which the server never
  // sees and so runs nothing for; without JavaScript it keeps its own, the plain form's.
  document.querySelectorAll("a[data-editor]").forEach(function (a) { a.setAttribute("href", a.getAttribute("data-editor")); });
})();
