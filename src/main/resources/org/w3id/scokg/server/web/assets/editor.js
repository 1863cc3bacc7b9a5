// The query editor: YASGUI (from the jar) set up so that no request leaves this site.
// - completion from this graph's own prefixes, classes and properties (not prefix.cc, not LOV);
// - every named query in a list above the editor, named in the page's language where the query has a title in it, the one chosen in a tab;
//   a query in the address (?query= or #query=) opens in a tab of its own and runs;
// - the address always holds the query of the tab in view, as it is edited, so a link reproduces it;
// - results as a table whose IRIs open this site's pages, with their labels; errors shown in place of results.
// - YASGUI's own words (English only in its code) in the page's language, from the bundles.
(function () {
  "use strict";
  var root = document.getElementById("editor");
  var configElement = document.getElementById("editor-config");
  if (!root || !configElement || typeof Yasgui === "undefined") return; // the plain form stays
  var config = JSON.parse(configElement.textContent);
  var endpoint = location.origin + root.getAttribute("data-endpoint");
  // The site's own root, the endpoint's path before /sparql: "" at a host's root, "/kg" where the
  // server is published under /kg/ (serve --base), which the page's links start with too (Page.under).
  var site = root.getAttribute("data-endpoint").replace(/\/sparql$/, "");
  var base = "https://w3id.org/sco-kg/";
  var dates = /^http:\/\/www\.w3\.org\/2001\/XMLSchema#(date|dateTime|gYearMonth|gYear)$/;
  var lang = document.documentElement.lang || "en";
  var Yasqe = Yasgui.Yasqe, Yasr = Yasgui.Yasr;
  // YASGUI's own words in the page's language, from the bundles (EditorPage.YASGUI_WORDS): YASGUI
  // writes English only, and its configuration names no more than a new tab's name.
  var words = JSON.parse((document.getElementById("editor-words") || { textContent: "{}" }).textContent);
  function say(english) { return words[english] || english; }
  // Words for vocabulary terms, by IRI, with their language (EditorPage.terms): the site's words for
  // those the bundles name (the graph labels most in English only), else an imported vocabulary's label.
  var terms = JSON.parse((document.getElementById("editor-terms") || { textContent: "{}" }).textContent);
  // The named queries, each by its title in the page's language and with its header comments in it (EditorPage.examples).
  var examples = JSON.parse((document.getElementById("editor-examples") || { textContent: "[]" }).textContent);

  // Completion from the graph itself. Forking keeps YASQE's own logic (where to complete, how to
  // write a prefixed name) and replaces only where the words come from.
  var prefixList = Object.keys(config.prefixes).sort().map(function (p) { return p + ": <" + config.prefixes[p] + ">"; });
  Yasqe.forkAutocompleter("prefixes", { name: "sco-prefixes", get: prefixList, persistenceId: null });
  Yasqe.forkAutocompleter("class", { name: "sco-classes", bulk: true, get: config.classes, persistenceId: null });
  Yasqe.forkAutocompleter("property", { name: "sco-properties", bulk: true, get: config.properties, persistenceId: null });
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (name) {
    return ["prefixes", "class", "property"].indexOf(name) < 0;
  });

  // Results: a table whose IRIs open this site's pages, labelled in the page's language.
  function local(iri) {
    if (iri.indexOf(base + "id/") === 0) return site + "/doc/" + iri.substring((base + "id/").length);
    if (iri.indexOf(base + "ontology#") === 0) return site + "/ontology#" + iri.substring((base + "ontology#").length);
    return null;
  }
  function prefixed(iri) {
    for (var p in config.prefixes) if (iri.indexOf(config.prefixes[p]) === 0) return p + ":" + iri.substring(config.prefixes[p].length);
    return iri;
  }
  function ScoTable(yasr) { this.yasr = yasr; this.priority = 20; this.label = root.getAttribute("data-table") || "Table"; }
  // A graph (CONSTRUCT, DESCRIBE) as rows of subject, predicate and object, from the N-Triples YASGUI
  // asks for it; null when the answer is not N-Triples (a format chosen in the settings). YASGUI 4.5
  // reads no content type from its fetch, so YASR took N-Triples for XML of no variables, and until a
  // review on 4 December 2026 the table showed nothing but that it could not show them.
  var TRIPLE = /^(<[^>]*>|_:\S+)\s+(<[^>]*>)\s+(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)\s*\.\s*(?:#.*)?$/;
  function unescaped(text) {
    return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, function (all, u, big, c) {
      if (u || big) return String.fromCodePoint(parseInt(u || big, 16));
      return { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f" }[c] || c;
    });
  }
  function term(text) {
    if (text.charAt(0) === "<") return { type: "uri", value: unescaped(text.slice(1, -1)) };
    if (text.charAt(0) === "_") return { type: "bnode", value: text.slice(2) };
    var end = text.lastIndexOf("\""), cell = { type: "literal", value: unescaped(text.slice(1, end)) }, rest = text.slice(end + 1);
    if (rest.charAt(0) === "@") cell["xml:lang"] = rest.slice(1);
    if (rest.indexOf("^^<") === 0) cell.datatype = unescaped(rest.slice(3, -1));
    return cell;
  }
  function triples(results) {
    var text = results && results.getData ? results.getData() : null;
    if (typeof text !== "string") return null;
    var rows = [], lines = text.split(/\r?\n/);
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i].trim();
      if (!line || line.charAt(0) === "#") continue;
      var match = TRIPLE.exec(line);
      if (!match) return null;
      rows.push({ subject: term(match[1]), predicate: term(match[2]), object: term(match[3]) });
    }
    return rows;
  }
  ScoTable.prototype.canHandleResults = function () {
    // An ASK's answer has no variables (until a review on 3 December 2026 reading their length failed, and every ASK showed that error).
    var r = this.yasr.results, vars = r && r.getVariables ? r.getVariables() : null;
    if (!r || r.getError()) return false;
    return (!!vars && vars.length > 0) || triples(r) !== null;
  };
  ScoTable.prototype.getIcon = function () { var s = document.createElement("span"); s.textContent = "▦"; s.setAttribute("aria-hidden", "true"); return s; };
  ScoTable.prototype.download = function () {
    var results = this.yasr.results;
    if (triples(results) !== null) {
      return { getData: function () { return results.getData(); }, contentType: "application/n-triples", title: "N-Triples", filename: "sco-kg-results.nt" };
    }
    return { getData: function () { return results.asCsv(); }, contentType: "text/csv", title: "CSV", filename: "sco-kg-results.csv" };
  };
  ScoTable.prototype.draw = function () {
    var graph = triples(this.yasr.results), vars = graph ? ["subject", "predicate", "object"] : this.yasr.results.getVariables();
    var rows = graph || this.yasr.results.getBindings() || [];
    // No rows: a sentence in the page's words, not a table of headings alone (until a review on 5 December 2026).
    if (!rows.length) {
      var none = document.createElement("p");
      none.className = "nothing";
      none.setAttribute("role", "status");
      none.textContent = say("Nothing in the graph matches this query.");
      this.yasr.resultsEl.appendChild(none);
      return;
    }
    var wrap = document.createElement("div"), table = document.createElement("table"), head = table.insertRow();
    wrap.className = "table-wrap";
    // Stacked on a phone, each cell after its column's name (data-label), as the site's answers are (site.css).
    table.className = "stacked";
    vars.forEach(function (v) {
      // A graph's columns in the page's words; a query's own variables as it names them.
      var th = document.createElement("th"); th.scope = "col"; th.textContent = graph ? say(v) : v; head.appendChild(th);
    });
    var own = {};
    rows.forEach(function (row) {
      var tr = table.insertRow();
      vars.forEach(function (v) {
        var td = tr.insertCell(), cell = row[v];
        td.setAttribute("data-label", graph ? say(v) : v);
        if (!cell) return;
        if (cell.type === "uri" && !local(cell.value) && !/^https?:/i.test(cell.value)) {
          // An IRI outside the web (javascript:, data:) is no link: followed, it would run in the site's origin.
          var iri = document.createElement("span"); iri.textContent = prefixed(cell.value); td.appendChild(iri);
        } else if (cell.type === "uri") {
          var a = document.createElement("a"), href = local(cell.value), term = terms[cell.value];
          a.href = href || cell.value; a.textContent = prefixed(cell.value);
          if (term) named(a, cell.value, term.text, term.lang);
          else if (href) { (own[cell.value] = own[cell.value] || []).push(a); }
          td.appendChild(a);
        } else {
          // A date in a time element, which the stylesheet keeps on one line, as the site's tables do.
          var text = document.createElement(dates.test(cell.datatype || "") ? "time" : "span");
          text.textContent = cell.value;
          if (cell["xml:lang"]) text.lang = cell["xml:lang"];
          // A plain string has no tag: its script tells its language, as the site's pages read it
          // (Scripts.languageOf), so a list of names GROUP_CONCAT made in English on a Russian page is
          // read as English (until 6 December 2026 such a string was the page's language).
          else if (!cell.datatype || cell.datatype === "http://www.w3.org/2001/XMLSchema#string") {
            var script = /\p{sc=Han}/u.test(cell.value) ? "zh" : /\p{sc=Cyrillic}/u.test(cell.value) ? "ru" : /\p{sc=Latin}/u.test(cell.value) ? "en" : "";
            if (script && script !== lang) text.lang = script;
          }
          td.appendChild(text);
        }
      });
    });
    wrap.appendChild(table);
    this.yasr.resultsEl.appendChild(wrap);
    label(own);
  };
  // An ASK's answer, yes or no, in the page's words, as the plain form says it (YASR's own plugin says "true").
  function ScoAnswer(yasr) { this.yasr = yasr; this.priority = 30; this.label = say("Yes or no"); this.hideFromSelection = true; }
  ScoAnswer.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    return !!r && !r.getError() && typeof r.getBoolean === "function" && typeof r.getBoolean() === "boolean";
  };
  ScoAnswer.prototype.getIcon = function () { var s = document.createElement("span"); s.textContent = "?"; s.setAttribute("aria-hidden", "true"); return s; };
  ScoAnswer.prototype.draw = function () {
    var p = document.createElement("p");
    p.className = "answer";
    p.textContent = say(this.yasr.results.getBoolean() ? "Yes (the pattern matches)." : "No (the pattern does not match).");
    this.yasr.resultsEl.appendChild(p);
  };
  // A result's IRI by its words, said to be in another language where it is; the IRI in its title.
  function named(a, iri, text, l) {
    a.textContent = text; a.title = iri;
    if (l && l !== lang) a.lang = l;
  }
  // The labels of this graph's IRIs in the results, as its pages name them in the page's language
  // (a membership or an act titled from its parts: SPARQL finds only its English title), from
  // /labels, 40 IRIs a request (a request URI holds 8 KB), every IRI of the table in the order of its
  // rows, four requests at a time (only the first 500 were named until a review on 4 December 2026).
  function label(own) {
    var iris = Object.keys(own), BATCH = 40, AT_ONCE = 4;
    function next(i) {
      if (i >= iris.length) return;
      var params = new URLSearchParams({ lang: lang });
      iris.slice(i, i + BATCH).forEach(function (iri) { params.append("iri", iri); });
      fetch(site + "/labels?" + params.toString(), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (json) {
          Object.keys(json).forEach(function (iri) {
            if (!own[iri]) return;
            own[iri].forEach(function (a) {
              named(a, iri, json[iri].text, json[iri].lang);
              // A title made of parts: the server's escaped markup, each part in another language marked so.
              if (json[iri].html) a.innerHTML = json[iri].html;
            });
          });
        })
        .catch(function () { /* the prefixed names stay */ })
        .then(function () { next(i + BATCH * AT_ONCE); });
    }
    for (var k = 0; k < AT_ONCE; k++) next(k * BATCH);
  }
  // An error's text (the endpoint's sentence, or the parser's with its line and column; YASGUI 4.5
  // keeps no HTTP status for it) under a heading in the page's words, and said to be English, through
  // YASR's own hook for errors. Without a text (the endpoint unreachable) YASR's message stays.
  Yasr.defaults.errorRenderers = [function (error) {
    if (!error || !error.text) return Promise.resolve(undefined);
    var box = document.createElement("div"), lead = document.createElement("p"), text = document.createElement("pre");
    lead.className = "error-lead";
    lead.textContent = say("The query did not run. The reason:");
    text.lang = "en";
    text.textContent = error.text;
    box.appendChild(lead);
    box.appendChild(text);
    return Promise.resolve(box);
  }];
  Yasr.registerPlugin("scoTable", ScoTable);
  Yasr.registerPlugin("scoAnswer", ScoAnswer);
  Yasr.registerPlugin("table", Yasr.plugins.table, false);
  Yasr.registerPlugin("boolean", Yasr.plugins.boolean, false);
  Yasr.defaults.pluginOrder = ["scoTable", "scoAnswer", "response"];
  Yasr.defaults.defaultPlugin = "scoTable";

  // A link's endpoint= and headers= (YASGUI reads them from the address and runs the query at once)
  // are taken out unless they name this site's own endpoint: a crafted link sent the reader's queries
  // to another host and showed its answers as this site's (a review on 4 December 2026). The page's
  // Content-Security-Policy (connect-src 'self') refuses such a request besides.
  (function () {
    var params = new URLSearchParams(location.hash.slice(1)), changed = false;
    ["endpoint", "headers"].forEach(function (name) {
      if (params.has(name) && !(name === "endpoint" && params.get(name) === endpoint)) { params.delete(name); changed = true; }
    });
    if (changed) history.replaceState(null, "", location.pathname + location.search + (params.toString() ? "#" + params.toString().replace(/\+/g, "%20") : ""));
  })();
  var yasgui = new Yasgui(root, {
    // Focus stays where the reader puts it: in the editor Tab indents, so a focus put there on load
    // held a keyboard there until Esc (a review on 4 December 2026; the lead says how to leave).
    autofocus: false,
    persistenceId: null,
    tabName: say("Query"),
    autoAddOnInit: false,
    copyEndpointOnNewTab: true,
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasr: { pluginOrder: ["scoTable", "scoAnswer", "response"], defaultPlugin: "scoTable" }
  });
  // The named queries: a list above the editor, the one chosen in a tab of its own (until a review
  // on 2 December 2026 each was a tab, and sixteen of them filled a phone's first screen). The page
  // opens with the query in the address, or the first of them.
  var picker = document.getElementById("example"), opened = {};
  function titled(example) { return example.title; }
  // A query without its header comments: a link may carry an example's header in another language.
  function body(query) { return query.replace(/^(#[^\n]*\n)*/, "").trim(); }
  function openExample(example) {
    var tab = opened[example.name] && yasgui.getTab(opened[example.name]);
    if (tab) { yasgui.selectTabId(tab.getId()); return; }
    tab = yasgui.addTab(true, { name: titled(example), yasqe: { value: example.query }, requestConfig: { endpoint: endpoint } });
    opened[example.name] = tab.getId();
    remember(tab);
    follow(tab);
  }
  function pickerShows(tab) {
    var id = tab && tab.getId();
    picker.value = Object.keys(opened).filter(function (name) { return opened[name] === id; })[0] || "";
  }
  var fromAddress = yasgui.getTab();
  // A shared link names its tab (tabTitle=) as the sharer's page named a new tab, «Запрос» or 查询:
  // it is this page's word for it here (a review on 6 December 2026 found «Запрос» on an English page).
  var newTabNames = Object.keys(words).filter(function (key) { return key.indexOf("tab:") === 0; })
    .map(function (key) { return words[key]; });
  if (fromAddress && newTabNames.indexOf(fromAddress.getName()) >= 0) fromAddress.setName(say("Query"));
  if (fromAddress) {
    examples.forEach(function (example) {
      if (body(example.query) !== body(fromAddress.getQuery())) return;
      fromAddress.setName(titled(example));
      opened[example.name] = fromAddress.getId();
    });
  } else if (examples.length) {
    openExample(examples[0]);
  }
  if (picker) {
    // In a closed list each arrow (Home, End, a page, a letter) is a change: a keyboard going down the
    // list opened a tab for every example it passed (a review on 5 December 2026 found four arrows open
    // four tabs). A tab a key opened is the list's preview: the next key's example takes its place, as
    // long as its query is as it was opened; a click, or a key that opens the list, opens a tab of its own.
    var byKey = false, preview = null;
    picker.addEventListener("keydown", function (e) {
      byKey = !e.altKey && !e.ctrlKey && !e.metaKey && !/^(Enter| |F4|Tab|Escape)$/.test(e.key);
    });
    picker.addEventListener("pointerdown", function () { byKey = false; });
    picker.addEventListener("change", function () {
      var keyed = byKey;
      byKey = false;
      examples.forEach(function (example) {
        if (example.name !== picker.value) return;
        var before = preview && yasgui.getTab(preview.id);
        var fresh = !(opened[example.name] && yasgui.getTab(opened[example.name]));
        openExample(example);
        var now = yasgui.getTab(opened[example.name]);
        if (keyed && before && before !== now && before.getQuery() === preview.query) before.close();
        preview = keyed && fresh ? { id: now.getId(), query: now.getQuery() } : null;
      });
    });
    pickerShows(yasgui.getTab());
    document.getElementById("examples-pick").hidden = false;
  }
  // The address holds the query in view, so copying it reproduces the query; so do the links to the
  // page in the other languages, so that switching language keeps the reader's query (until a review
  // on 3 December 2026 it opened the first named query).
  function remember(tab) {
    if (!tab) return;
    var hash = "#query=" + encodeURIComponent(tab.getQuery());
    history.replaceState(null, "", location.pathname + hash);
    document.querySelectorAll("nav.langs a").forEach(function (a) { a.hash = hash; });
  }
  // ... as it is edited too (a link copied before the query runs reproduces what is on the screen):
  // CodeMirror's change event, a moment after the last key.
  var pending;
  // An example's tab whose query was replaced (it has no "# title:" line left, or another example's)
  // is named as a new tab is: until a review on 3 December 2026 it kept the example's name over
  // another query. An edit that keeps the title line, in any language, keeps the name.
  function renameIfReplaced(tab) {
    var title = tab.getQuery().match(/^# title: (.*)$/m);
    Object.keys(opened).forEach(function (name) {
      if (opened[name] !== tab.getId()) return;
      var example = examples.filter(function (e) { return e.name === name; })[0];
      var another = title && examples.some(function (e) { return e.name !== name && e.title === title[1].trim(); });
      if (!example || (title && !another)) return;
      delete opened[name];
      tab.setName(say("Query"));
      if (picker) pickerShows(tab);
    });
  }
  function follow(tab) {
    var yasqe = tab && tab.getYasqe();
    if (!yasqe || yasqe.scoFollowed) return;
    yasqe.scoFollowed = true;
    yasqe.on("change", function () {
      clearTimeout(pending);
      pending = setTimeout(function () { if (yasgui.getTab() === tab) { remember(tab); renameIfReplaced(tab); } }, 250);
    });
  }
  follow(yasgui.getTab());
  // YASGUI reads a query from the address and leaves "#" there: put it back (a review on 3 December 2026).
  remember(yasgui.getTab());
  yasgui.on("query", function (instance, tab) { remember(tab); });
  // A query link opened in this tab (an address pasted, a link followed: the page does not load
  // again, only its fragment changes) opens that query in a tab of its own, as a first load does.
  // Until a review on 3 December 2026 the editor kept the query it had, and Run wrote that one back
  // over the link. The page's own writes to the address (replaceState) fire no such event.
  // A tab already holding the query (Back and Forward between links) is shown again, not opened twice.
  var linkedTabs = [];
  window.addEventListener("hashchange", function () {
    var asked = new URLSearchParams(location.hash.slice(1)).get("query");
    var current = yasgui.getTab();
    if (asked === null || (current && current.getQuery().trim() === asked.trim())) return;
    var ids = yasgui.persistentConfig && yasgui.persistentConfig.getTabs ? yasgui.persistentConfig.getTabs()
      : linkedTabs.concat(Object.keys(opened).map(function (name) { return opened[name]; }));
    var known = ids.map(function (id) { return yasgui.getTab(id); })
      .filter(function (tab) { return tab && tab.getQuery().trim() === asked.trim(); })[0];
    if (known) { yasgui.selectTabId(known.getId()); return; }
    var linked = yasgui.addTab(true, { name: say("Query"), yasqe: { value: asked }, requestConfig: { endpoint: endpoint } });
    linkedTabs.push(linked.getId());
    follow(linked);
    remember(linked);
    if (picker) pickerShows(linked);
    // ... and runs it, as YASGUI runs the query of a link on a first load: until a review on 6 December
    // 2026 the tab showed the query and no answer, where the same link opened afresh showed both.
    linked.query().catch(function () {});
  });
  yasgui.on("tabSelect", function (instance, id) {
    remember(instance.getTab(id));
    follow(instance.getTab(id));
    if (picker) pickerShows(instance.getTab(id));
  });
  // YASGUI's own markup, repaired where an accessibility checker finds fault: wrappers in the tab
  // list are presentation, a tab controls only a panel that exists, every input has a name, and the
  // editor's scrolling area can be reached by keyboard. Run again whenever YASGUI redraws.
  // Its words are put in the page's language as it draws them: titles, labels, placeholders and
  // text, and the sentences it composes (by their pattern, the name or number in them kept).
  var composed = [
    [/^Shows (.+) view$/, "Shows {0} view"],
    [/^(\d+) results? in ([\d.]+) seconds?$/, "{0} results in {1} seconds"],
    [/^(\d+) results?$/, "{0} results"],
    [/^Response in ([\d.]+) seconds?$/, "Response in {0} seconds"],
    [/^Could not render results with the (.+) plugin, the results currently are rendered with the (.+) plugin\.$/,
      "Could not render results with the {0} plugin, the results currently are rendered with the {1} plugin."],
    [/^Error \(#(\d+)\)$/, "Error (#{0})"]
  ];
  // The words for one of YASGUI's texts, the spaces around it kept; null when it has none.
  function inWords(text) {
    var trimmed = text.trim(), said = trimmed && words[trimmed];
    for (var i = 0; trimmed && !said && i < composed.length; i++) {
      var match = composed[i][0].exec(trimmed);
      if (match && words[composed[i][1]]) {
        said = words[composed[i][1]].replace(/\{(\d)\}/g, function (all, n) {
          var part = match[+n + 1];
          return /^[\d.]+$/.test(part) ? Number(part).toLocaleString(lang) : say(part);
        });
      }
    }
    return said ? text.match(/^\s*/)[0] + said + text.match(/\s*$/)[0] : null;
  }
  // Not YASGUI's words: the query and the response (pre), the results, the tabs' names (the examples').
  var notItsWords = "pre, .table-wrap, [role='tab'], textarea, script, style";
  function translate() {
    root.querySelectorAll("[title], [aria-label], [placeholder]").forEach(function (e) {
      ["title", "aria-label", "placeholder"].forEach(function (a) {
        var v = e.getAttribute(a), said = v && inWords(v);
        if (said) e.setAttribute(a, said);
      });
    });
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        if (n.nodeType === 1) return n.matches(notItsWords) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      var said = inWords(text.nodeValue);
      if (said) text.nodeValue = said;
    }
  }
  // The settings' request methods and formats, by the value YASGUI keeps them under (the options'
  // media types; a button's method, its text until it has the page's words).
  function describe() {
    root.querySelectorAll(".acceptWrapper option").forEach(function (option) {
      var said = words["accept:" + option.value];
      if (said && option.textContent !== said) option.textContent = said;
    });
    root.querySelectorAll(".requestConfigWrapper .selectorButton").forEach(function (button) {
      var said = words["method:" + button.textContent];
      if (said) button.textContent = said;
    });
  }
  function repair() {
    translate();
    describe();
    root.querySelectorAll(".tabsList > *:not([role='tab'])").forEach(function (e) { e.setAttribute("role", "presentation"); });
    root.querySelectorAll("[role='tab'][aria-controls]").forEach(function (tab) {
      if (!document.getElementById(tab.getAttribute("aria-controls"))) tab.removeAttribute("aria-controls");
    });
    root.querySelectorAll("textarea:not([aria-label])").forEach(function (t) { t.setAttribute("aria-label", "SPARQL"); });
    // The settings' lists of formats, named by the label YASGUI draws beside them (in the page's words by now).
    root.querySelectorAll(".selector select:not([aria-label])").forEach(function (select) {
      var label = select.parentNode.querySelector("label");
      if (label) select.setAttribute("aria-label", label.textContent);
    });
    root.querySelectorAll("input:not([aria-label])").forEach(function (input) {
      input.setAttribute("aria-label", say(input.closest("[role='tab']") ? "Tab name" : "SPARQL endpoint"));
    });
    // The run and share buttons at the end of the bar above the query (beside the settings and the
    // endpoint): YASGUI floats them over the query's first lines, whose text they hid (on a phone,
    // half of each line). Their holder is a "yasqe" too, so YASGUI's styles for them still apply.
    root.querySelectorAll(".yasqe .CodeMirror .yasqe_buttons").forEach(function (buttons) {
      var bar = buttons.closest(".tabPanel").querySelector(".controlbar"), holder = document.createElement("div");
      holder.className = "yasqe run-bar";
      holder.appendChild(buttons);
      bar.appendChild(holder);
    });
    root.querySelectorAll(".CodeMirror-scroll[tabindex='-1']").forEach(function (e) {
      e.setAttribute("tabindex", "0"); e.setAttribute("role", "region"); e.setAttribute("aria-label", "SPARQL");
    });
  }
  repair();
  // YASGUI sets some titles again as it works (the run button's, the download button's): attributes too.
  new MutationObserver(repair).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["title", "aria-label", "placeholder"] });
  document.getElementById("plain-editor").hidden = true;
  document.getElementById("plain-lead").hidden = true;
  document.getElementById("editor-lead").hidden = false;
})();
