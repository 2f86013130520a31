// PaperGraph query page: plain fetch against the SPARQL endpoint; all data is inserted as text, never as HTML.
"use strict";
(function () {
  const endpoint = "papergraph/sparql";
  const $ = (id) => document.getElementById(id);
  let examples = [];

  function setStatus(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  function localHref(iri) {
    // Our own paper/entity IRIs open as pages on this server; other http(s) IRIs link out.
    const m = /\/(paper|entity)\/(.+)$/.exec(iri);
    if (m && iri.indexOf("/papergraph/") >= 0) return m[1] + "/" + m[2];
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    const href = term.type === "uri" ? localHref(term.value) : null;
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function renderTable(json) {
    const out = $("results");
    out.replaceChildren();
    if (typeof json.boolean === "boolean") {
      out.textContent = "ASK: " + json.boolean;
      return 1;
    }
    const vars = json.head.vars;
    const table = document.createElement("table");
    const head = document.createElement("tr");
    vars.forEach((v) => { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    table.appendChild(head);
    json.results.bindings.forEach((row) => {
      const tr = document.createElement("tr");
      vars.forEach((v) => tr.appendChild(cell(row[v])));
      table.appendChild(tr);
    });
    out.appendChild(table);
    return json.results.bindings.length;
  }

  async function run() {
    const format = $("format").value;
    const accept = format === "table" ? "application/sparql-results+json" : format;
    setStatus("running…");
    const started = performance.now();
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
        body: new URLSearchParams({ query: $("query").value })
      });
      const text = await response.text();
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        $("results").replaceChildren();
        setStatus("HTTP " + response.status + ": " + text.slice(0, 500), true);
        return;
      }
      const cap = response.headers.get("X-PaperGraph-Row-Cap");
      const capNote = cap ? " (results capped at " + cap + " rows)" : "";
      const type = response.headers.get("Content-Type") || "";
      if (format === "table" && type.indexOf("sparql-results+json") >= 0) {
        const n = renderTable(JSON.parse(text));
        setStatus(n + " result(s) in " + ms + " ms" + capNote);
      } else {
        const pre = document.createElement("pre");
        pre.textContent = text;
        $("results").replaceChildren(pre);
        setStatus("done in " + ms + " ms" + capNote);
      }
    } catch (e) {
      setStatus("request failed: " + e, true);
    }
  }

  async function loadExamples() {
    try {
      const response = await fetch("ui/queries.json");
      examples = await response.json();
    } catch (e) {
      examples = [];
    }
    const select = $("examples");
    examples.forEach((q, i) => {
      const option = document.createElement("option");
      option.value = String(i);
      option.textContent = q.name + (q.description ? " — " + q.description.split("\n")[0].slice(0, 80) : "");
      select.appendChild(option);
    });
    select.addEventListener("change", () => {
      const q = examples[Number(select.value)];
      if (!q) return;
      $("query").value = q.text;
      $("description").textContent = q.description || "";
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("endpoint").textContent = new URL(endpoint, document.baseURI).href;
    $("run").addEventListener("click", run);
    $("query").addEventListener("keydown", (e) => { if (e.ctrlKey && e.key === "Enter") run(); });
    loadExamples();
  });
})();
