// news-reaction dashboard: live feed (Server-Sent Events from /feed), prices with event markers
// (/prices, /events, /reactions) and cohort statistics (/stats). Plain JavaScript and uPlot, no build step.
(function () {
  "use strict";
  const MAX_ROWS = 1000;
  const state = {
    reactions: new Map(), // key JSON -> {seq, value}
    events: new Map(),
    seq: 0,
    ready: false,
    selectedEvent: null,   // event key JSON
    chart: null,
    chartData: null,
    chartStale: false,     // a reaction or event of the charted symbol arrived after its prices were loaded
    chartLoadedAt: 0,
    chartLoads: 0,         // price loads drawn, on #chart as data-loads
  };
  const CHART_REFRESH_MS = 5000; // live refresh of the charted prices, at most this often
  const $ = (id) => document.getElementById(id);

  // ---------- formatting ----------
  const pct = (v) => v == null ? "n/a" : (v >= 0 ? "+" : "") + (v * 100).toFixed(2) + "%";
  const num = (v, d = 2) => v == null ? "n/a" : v.toFixed(d);
  const cls = (v) => v == null ? "" : v < 0 ? "neg" : v > 0 ? "pos" : "";
  const utc = (iso) => iso ? iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "") : "";
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k === "class") e.className = v; else if (k.startsWith("data-")) e.setAttribute(k, v); else e[k] = v;
    }
    for (const c of children) if (c != null) e.append(c instanceof Node ? c : String(c));
    return e;
  }
  function sig(v) {
    if (v == null) return el("span", {}, "n/a");
    const a = Math.abs(v);
    return el("span", { class: a >= 1.96 ? "sig " + cls(v) : "" }, v.toFixed(2) + (a >= 2.58 ? "**" : a >= 1.96 ? "*" : ""));
  }
  function list(noun, values) {
    const v = values || [];
    const shown = v.slice(0, 3).map((s) => s.length > 60 ? s.slice(0, 57) + "…" : s);
    return v.length + " " + noun + (v.length === 1 ? "" : "s") + (v.length ? " (" + shown.join(", ") + (v.length > 3 ? ", …" : "") + ")" : "");
  }
  function lastHorizon(value) {
    const hs = (value.horizons || []).filter((h) => h.simpleReturn != null);
    return hs.length ? hs[hs.length - 1] : null;
  }

  // ---------- live feed ----------
  function connect() {
    const source = new EventSource("/feed");
    source.addEventListener("reset", () => {
      state.reactions.clear(); state.events.clear(); state.ready = false; setStatus("connecting", "loading…");
    });
    source.addEventListener("reaction", (e) => take(state.reactions, e));
    source.addEventListener("event", (e) => take(state.events, e));
    source.addEventListener("ready", () => { state.ready = true; setStatus("live", "live"); scheduleRender(true); });
    source.onerror = () => setStatus("down", "reconnecting…");
  }
  function take(map, e) {
    const data = JSON.parse(e.data);
    const key = JSON.stringify(data.key);
    if (data.value == null) map.delete(key); else map.set(key, { seq: ++state.seq, value: data.value, at: Date.now() });
    if (state.ready && data.value && data.value.symbol === $("chart-symbol").value) {
      state.chartStale = true;
      extendAutoRange(data.value);
    }
    if (state.ready) scheduleRender(false);
  }
  function setStatus(kind, text) { const s = $("status"); s.className = "status " + kind; s.textContent = text; }

  let renderTimer = null, chartTimer = null, statsDirty = false;
  function scheduleRender(now) {
    statsDirty = true;
    if (renderTimer) return;
    renderTimer = setTimeout(() => { renderTimer = null; renderAll(); }, now ? 0 : 300);
  }
  function renderAll() {
    updateChoices();
    renderFeed();
    document.body.setAttribute("data-ready", state.ready ? "true" : "false");
    $("totals").textContent = state.reactions.size + " reactions · " + state.events.size + " events";
    $("totals").setAttribute("data-reactions", state.reactions.size);
    const wait = state.chartLoadedAt + CHART_REFRESH_MS - Date.now();
    if (!state.chart && $("chart-symbol").value) loadChart();
    else if (state.chartStale && wait <= 0) loadChart();
    else {
      redrawChart();
      if (state.chartStale && !chartTimer) chartTimer = setTimeout(() => { chartTimer = null; if (state.chartStale) loadChart(); }, wait);
    }
    if (statsDirty) { statsDirty = false; loadCohortsSoon(); }
  }
  function symbols() {
    const s = new Set();
    state.reactions.forEach((r) => s.add(r.value.symbol));
    state.events.forEach((r) => s.add(r.value.symbol));
    return [...s].sort();
  }
  function kinds() {
    const s = new Set();
    state.reactions.forEach((r) => s.add(r.value.kind));
    state.events.forEach((r) => (r.value.kinds || []).forEach((k) => s.add(k)));
    return [...s].filter(Boolean).sort();
  }
  function fillSelect(select, values, keepFirst) {
    const current = select.value;
    const have = [...select.options].slice(keepFirst ? 1 : 0).map((o) => o.value);
    if (have.join() === values.join()) return;
    while (select.options.length > (keepFirst ? 1 : 0)) select.remove(select.options.length - 1);
    values.forEach((v) => select.add(new Option(v, v)));
    if (values.includes(current) || (keepFirst && current === "")) select.value = current;
  }
  function updateChoices() {
    const syms = symbols();
    fillSelect($("feed-symbol"), syms, true);
    fillSelect($("feed-kind"), kinds(), true);
    const chartSymbol = $("chart-symbol");
    const before = chartSymbol.value;
    fillSelect(chartSymbol, syms, false);
    if (!before && syms.length) chartSymbol.value = syms.includes("NVDA") ? "NVDA" : syms[0];
  }
  function feedItems() {
    const symbol = $("feed-symbol").value, type = $("feed-type").value, kind = $("feed-kind").value;
    const items = [];
    if (type !== "event") state.reactions.forEach((r, key) => items.push({ type: "reaction", key, ...r }));
    if (type !== "reaction") state.events.forEach((r, key) => items.push({ type: "event", key, ...r }));
    return items.filter((i) => (!symbol || i.value.symbol === symbol)
        && (!kind || (i.type === "reaction" ? i.value.kind === kind : (i.value.kinds || []).includes(kind))))
      .sort((a, b) => b.seq - a.seq);
  }
  function renderFeed() {
    const items = feedItems();
    const shown = items.slice(0, MAX_ROWS);
    const list = $("feed");
    const now = Date.now();
    list.replaceChildren(...shown.map((i) => feedRow(i, now)));
    const events = items.filter((i) => i.type === "event").length;
    const c = $("feed-count");
    c.textContent = "showing " + shown.length + " of " + items.length + " (" + events + " events, "
      + (items.length - events) + " reactions), newest first";
    c.setAttribute("data-events", events);
    c.setAttribute("data-reactions", items.length - events);
  }
  function feedRow(i, now) {
    const v = i.value, h = lastHorizon(v);
    const isEvent = i.type === "event";
    const li = el("li", { class: "item " + i.type + (now - i.at < 1500 ? " fresh" : "") + (i.key === state.selectedEvent ? " selected" : ""),
      "data-type": i.type, "data-key": i.key, "data-symbol": v.symbol });
    li.append(
      el("div", { class: "meta" },
        el("span", { class: "badge " + i.type }, i.type),
        el("span", { class: "sym" }, v.symbol),
        el("span", {}, utc(isEvent ? v.windowStart : v.publishedAt) + " UTC" + (isEvent && v.precision === "DAY" ? " (day)" : "")),
        el("span", { class: "badge " + v.status }, v.status),
        el("span", {}, isEvent ? v.headlineCount + " headline" + (v.headlineCount === 1 ? "" : "s") : "rev " + v.revision),
        el("span", {}, isEvent ? (v.kinds || []).join(", ") : v.kind),
        h ? el("span", { class: "num " + cls(h.simpleReturn) }, h.horizon + " " + pct(h.simpleReturn)) : null,
        h && h.abnormalReturn != null ? el("span", { class: "num " + cls(h.abnormalReturn) }, "AR " + pct(h.abnormalReturn)) : null),
      el("div", { class: "title", title: isEvent ? v.leadTitle : v.title }, isEvent ? v.leadTitle : v.title));
    li.addEventListener("click", () => select(i));
    return li;
  }
  function select(item) {
    const v = item.value;
    let eventKey = item.type === "event" ? item.key : null;
    if (!eventKey) {
      state.events.forEach((e, key) => { if (e.value.symbol === v.symbol && (e.value.headlineIds || []).includes(v.headlineId)) eventKey = key; });
    }
    state.selectedEvent = eventKey;
    if ($("chart-symbol").value !== v.symbol || !state.chart) { $("chart-symbol").value = v.symbol; loadChart(); }
    else redrawChart();
    renderDetail();
    renderFeed();
  }

  // ---------- prices chart ----------
  function chartRange(symbol) {
    let lo = Infinity, hi = -Infinity;
    const see = (iso) => { const t = Date.parse(iso); if (!isNaN(t)) { lo = Math.min(lo, t); hi = Math.max(hi, t); } };
    state.events.forEach((e) => { if (e.value.symbol === symbol) { see(e.value.windowStart); (e.value.horizons || []).forEach((h) => see(h.endTime)); } });
    state.reactions.forEach((r) => { if (r.value.symbol === symbol) see(r.value.publishedAt); });
    if (lo === Infinity) return null;
    return [Math.floor(lo / 864e5) * 864e5, Math.ceil((hi + 1) / 864e5) * 864e5];
  }
  function benchmarkOf(symbol) {
    let b = null;
    state.events.forEach((e) => { if (!b && e.value.symbol === symbol) b = e.value.benchmark; });
    state.reactions.forEach((r) => { if (!b && r.value.symbol === symbol) b = r.value.benchmark; });
    return b && b !== symbol ? b : null;
  }
  async function getJson(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  }
  let chartRequest = 0;
  async function loadChart() {
    const symbol = $("chart-symbol").value;
    if (!symbol) return;
    if (!$("chart-from").value || $("chart-symbol").dataset.for !== symbol) {
      const range = chartRange(symbol);
      if (!range) return;
      $("chart-from").value = day(range[0]); $("chart-to").value = day(range[1]);
      $("chart-symbol").dataset.for = symbol;
      $("chart-symbol").dataset.autoRange = "true";
    }
    state.chartStale = false; state.chartLoadedAt = Date.now();
    const from = $("chart-from").value + "T00:00:00Z", to = $("chart-to").value + "T00:00:00Z";
    const interval = $("chart-interval").value;
    const bench = benchmarkOf(symbol);
    const q = (s) => "/prices?symbol=" + encodeURIComponent(s) + "&from=" + from + "&to=" + to + "&interval=" + interval;
    const request = ++chartRequest;
    try {
      const [own, other] = await Promise.all([getJson(q(symbol)), bench ? getJson(q(bench)) : Promise.resolve({ bars: [] })]);
      if (request !== chartRequest) return;
      state.chartData = align(own.bars, other.bars);
      state.chartData.symbol = symbol; state.chartData.bench = bench;
      $("chart-title").textContent = "Prices: " + symbol + (bench ? " vs " + bench : "");
      drawChart();
      $("chart").setAttribute("data-loads", ++state.chartLoads);
      renderDetail();
    } catch (err) {
      $("chart").replaceChildren(el("p", { class: "note" }, "prices unavailable: " + err.message));
    }
  }
  // A chart whose range the page chose follows the feed: a later reaction or event of the symbol widens it.
  function extendAutoRange(value) {
    if ($("chart-symbol").dataset.autoRange !== "true" || !$("chart-to").value) return;
    const range = chartRange(value.symbol);
    if (range && range[1] > Date.parse($("chart-to").value + "T00:00:00Z")) $("chart-to").value = day(range[1]);
  }
  function align(a, b) {
    const times = [...new Set([...a, ...b].map((x) => Date.parse(x.start)))].sort((x, y) => x - y);
    const index = new Map(times.map((t, i) => [t, i]));
    const ys = new Array(times.length).fill(null), yb = new Array(times.length).fill(null);
    a.forEach((x) => { ys[index.get(Date.parse(x.start))] = x.close; });
    b.forEach((x) => { yb[index.get(Date.parse(x.start))] = x.close; });
    return { times, xs: times.map((_, i) => i), ys, yb };
  }
  function indexAt(ms) { // first bar at or after ms
    const t = state.chartData.times;
    let lo = 0, hi = t.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (t[m] < ms) lo = m + 1; else hi = m; }
    return lo;
  }
  function markers() {
    const d = state.chartData, out = [];
    if (!d) return out;
    state.events.forEach((e, key) => {
      if (e.value.symbol !== d.symbol) return;
      const i = indexAt(Date.parse(e.value.windowStart));
      if (i < d.times.length) out.push({ key, i, event: e.value });
    });
    return out;
  }
  function drawChart() {
    const d = state.chartData, box = $("chart");
    if (state.chart) { state.chart.destroy(); state.chart = null; }
    box.replaceChildren();
    if (!d.times.length) { box.append(el("p", { class: "note" }, "no prices for " + d.symbol + " in this range")); return; }
    const at = (i) => d.times[Math.min(d.times.length - 1, Math.max(0, Math.round(i)))];
    const label = (i) => { const t = at(i); return t == null ? "" : utc(new Date(t).toISOString()); };
    const tick = (i) => { const t = at(i); return t == null ? "" : new Date(t).toISOString().slice(5, 16).replace("T", " "); };
    const opts = {
      width: Math.max(400, box.clientWidth || 800), height: 340,
      scales: { x: { time: false }, px: { auto: true }, bx: { auto: true } },
      axes: [
        { values: (u, splits) => splits.map(tick), space: 110, size: 40 },
        { scale: "px", label: d.symbol },
        { scale: "bx", side: 1, label: d.bench || "", grid: { show: false } },
      ],
      series: [
        { label: "UTC", value: (u, v) => v == null ? "" : label(v) },
        { label: d.symbol, scale: "px", stroke: "#2b59c3", width: 1.5, spanGaps: true },
        { label: d.bench || "benchmark", scale: "bx", stroke: "#a0a7b5", width: 1, spanGaps: true, show: !!d.bench },
      ],
      hooks: { draw: [drawOverlay] },
      cursor: { drag: { x: true, y: false } },
    };
    state.chart = new uPlot(opts, [d.xs, d.ys, d.yb], box);
    state.chart.over.addEventListener("click", (ev) => {
      const u = state.chart, x = ev.offsetX;
      let best = null;
      markers().forEach((m) => { const px = u.valToPos(m.i, "x"); if (Math.abs(px - x) <= 6 && (!best || Math.abs(px - x) < best.dist)) best = { m, dist: Math.abs(px - x) }; });
      if (best) select({ type: "event", key: best.m.key, value: best.m.event });
    });
  }
  function redrawChart() { if (state.chart) state.chart.redraw(false, false); }
  function drawOverlay(u) {
    const ctx = u.ctx, top = u.bbox.top, height = u.bbox.height, dpr = devicePixelRatio || 1;
    const selected = state.selectedEvent && state.events.get(state.selectedEvent);
    ctx.save();
    if (selected && selected.value.symbol === state.chartData.symbol) {
      const x0 = u.valToPos(indexAt(Date.parse(selected.value.windowStart)), "x", true);
      (selected.value.horizons || []).forEach((h, n) => {
        const x1 = u.valToPos(Math.min(state.chartData.times.length - 1, indexAt(Date.parse(h.endTime))), "x", true);
        ctx.fillStyle = "rgba(106,63,181,0.08)";
        ctx.fillRect(x0, top, Math.max(2, x1 - x0), height);
        ctx.fillStyle = "#6a3fb5"; ctx.font = (10 * dpr) + "px sans-serif";
        ctx.fillText(h.horizon, x1 + 2, top + (20 + n * 11) * dpr);
      });
    }
    markers().forEach((m) => {
      const x = u.valToPos(m.i, "x", true);
      const on = m.key === state.selectedEvent;
      ctx.strokeStyle = on ? "#6a3fb5" : "rgba(176,0,32,0.45)";
      ctx.lineWidth = (on ? 2 : 1) * dpr;
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
      ctx.fillStyle = on ? "#6a3fb5" : "#b00020";
      ctx.beginPath(); ctx.moveTo(x - 4 * dpr, top); ctx.lineTo(x + 4 * dpr, top); ctx.lineTo(x, top + 7 * dpr); ctx.fill();
    });
    ctx.restore();
  }

  // ---------- event detail ----------
  function renderDetail() {
    const box = $("event-detail");
    const entry = state.selectedEvent && state.events.get(state.selectedEvent);
    if (!entry) return;
    const e = entry.value;
    const members = (e.headlineIds || []).map((id) => {
      const r = state.reactions.get(JSON.stringify({ headlineId: id, symbol: e.symbol }));
      const v = r && r.value;
      return el("li", { "data-headline": id }, v ? utc(v.publishedAt) + " · " + v.kind + (v.actor ? " · " + v.actor : "") + " · " + v.title : id);
    });
    const head = el("tr", {}, ...["horizon", "end (UTC)", "return", "log return", "abnormal", "z", "confounders"].map((t) => el("th", {}, t)));
    const rows = (e.horizons || []).map((h) => el("tr", { "data-horizon": h.horizon },
      el("td", {}, h.horizon), el("td", {}, utc(h.endTime)),
      el("td", { class: "num " + cls(h.simpleReturn) }, pct(h.simpleReturn)),
      el("td", { class: "num " + cls(h.logReturn) }, pct(h.logReturn)),
      el("td", { class: "num " + cls(h.abnormalReturn) }, pct(h.abnormalReturn)),
      el("td", { class: "num" }, sig(h.zScore)),
      el("td", { class: "num" }, h.confounders)));
    box.replaceChildren(
      el("h3", {}, e.symbol + " · window " + utc(e.windowStart) + " UTC · " + e.precision + " · " + e.status),
      el("p", { class: "note" }, e.headlineCount + " headline(s); kinds " + (e.kinds || []).join(", ")
        + (e.actors && e.actors.length ? "; actors " + e.actors.join(", ") : "") + "; " + list("source", e.sources)
        + "; benchmark " + e.benchmark + "; reference " + (e.referencePrice == null ? "none" : e.referencePrice)
        + "; pre-event news " + e.preEventNews),
      el("ul", { class: "members" }, ...members),
      el("table", { id: "event-horizons", class: "horizons", "data-event": state.selectedEvent }, el("thead", {}, head), el("tbody", {}, ...rows)));
  }

  // ---------- cohorts ----------
  let cohortTimer = null;
  function loadCohortsSoon() {
    if (cohortTimer) return;
    cohortTimer = setTimeout(() => { cohortTimer = null; loadCohorts(); }, 1500);
  }
  async function loadCohorts() {
    const dimension = $("cohort-dimension").value;
    try {
      const [all, some] = await Promise.all([getJson("/stats?dimension=ALL"), getJson("/stats?dimension=" + dimension)]);
      renderCohorts(all.concat(some));
    } catch (err) {
      $("cohorts").replaceChildren(el("caption", {}, "cohorts unavailable: " + err.message));
    }
  }
  function renderCohorts(cohorts) {
    const blockHead = ["n", "CAAR", "sd", "t", "positive", "sign Z", "n std", "Patell Z", "BMP t"];
    const cleanHead = ["n", "CAAR", "t", "BMP t"];
    const head1 = el("tr", {}, el("th", { rowSpan: 2 }, "cohort"), el("th", { rowSpan: 2 }, "events"), el("th", { rowSpan: 2 }, "horizon"),
      el("th", { colSpan: blockHead.length }, "all"), el("th", { colSpan: cleanHead.length }, "clean"));
    const head2 = el("tr", {}, ...blockHead.concat(cleanHead).map((t) => el("th", {}, t)));
    const body = [];
    cohorts.forEach((c) => (c.horizons || []).forEach((h, i) => {
      const a = h.all, k = h.clean, name = c.dimension + "/" + c.value;
      body.push(el("tr", { class: i === 0 ? "first" : "", "data-cohort": name, "data-horizon": h.horizon },
        el("td", {}, i === 0 ? name : ""), el("td", { class: "num" }, i === 0 ? c.events : ""), el("td", {}, h.horizon),
        el("td", { class: "num", "data-field": "all-n" }, a.n), el("td", { class: "num " + cls(a.meanAbnormalReturn) }, pct(a.meanAbnormalReturn)),
        el("td", { class: "num" }, pct(a.sdAbnormalReturn)), el("td", { class: "num" }, sig(a.tCrossSectional)),
        el("td", { class: "num" }, a.positive), el("td", { class: "num" }, sig(a.signZ)), el("td", { class: "num" }, a.nStandardized),
        el("td", { class: "num" }, sig(a.patellZ)), el("td", { class: "num" }, sig(a.bmpT)),
        el("td", { class: "num", "data-field": "clean-n" }, k.n), el("td", { class: "num " + cls(k.meanAbnormalReturn) }, pct(k.meanAbnormalReturn)),
        el("td", { class: "num" }, sig(k.tCrossSectional)), el("td", { class: "num" }, sig(k.bmpT))));
    }));
    $("cohorts").replaceChildren(el("thead", {}, head1, head2), el("tbody", {}, ...body));
    $("cohorts").setAttribute("data-cohorts", cohorts.length);
  }

  // ---------- wiring ----------
  ["feed-symbol", "feed-type", "feed-kind"].forEach((id) => $(id).addEventListener("change", renderFeed));
  $("chart-symbol").addEventListener("change", () => { state.selectedEvent = null; loadChart(); renderFeed(); });
  ["chart-from", "chart-to"].forEach((id) => $(id).addEventListener("change", () => {
    $("chart-symbol").dataset.autoRange = "false"; // the reader chose the range: keep it
    loadChart();
  }));
  $("chart-interval").addEventListener("change", loadChart);
  $("cohort-dimension").addEventListener("change", loadCohorts);
  window.addEventListener("resize", () => { if (state.chart) state.chart.setSize({ width: $("chart").clientWidth, height: 340 }); });
  connect();
})();
