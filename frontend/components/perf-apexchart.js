// <perf-apexchart>: draws one ApexCharts chart from the JSON options the server sends (ApexChart.java).
// JSON cannot carry functions, so the options name their number formats ("format": "WAN_YUAN") and this
// element swaps each name for a formatter function before handing the options to ApexCharts.
// Every text in the options is text (unit names come from uploaded files): asText() below is the one
// place that keeps ApexCharts from reading any of it as HTML. The toolbar's CSV download is the server's
// (ChartCsv.java), written like the grids' downloads.
import ApexCharts from 'apexcharts';
import zhCn from 'apexcharts/dist/locales/zh-cn.json';
import en from 'apexcharts/dist/locales/en.json';

const LOCALES = [zhCn, en];

const WORDS = {
  'zh-cn': { wanYuan: ' 万元', points: ' 分', missing: '无数据', numberLocale: 'zh-CN' },
  en: { wanYuan: ' (10k yuan)', points: ' pts', missing: 'no data', numberLocale: 'en-US' },
};

// How long ApexCharts animates a new drawing (its default speed is 800 ms).
const ANIMATION_MS = 900;

const STYLE_ID = 'perf-apexchart-style';
const STYLE = `
perf-apexchart { display: block; position: relative; min-height: 3em; }
perf-apexchart .perf-apexchart-empty {
  padding: var(--lumo-space-l, 1.5rem);
  border: 1px dashed var(--lumo-contrast-20pct, #ccc);
  border-radius: var(--lumo-border-radius-m, 4px);
  color: var(--lumo-secondary-text-color, #666);
  text-align: center;
}
perf-apexchart .perf-apexchart-empty[hidden], perf-apexchart .perf-apexchart-chart[hidden] { display: none; }
`;

function ensureStyle() {
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

// For each format name: `axis` for axis ticks (the axis title carries the unit), `value` for tooltips.
function formatters(lang) {
  const w = WORDS[lang] || WORDS['zh-cn'];
  const nf = (min, max) =>
    new Intl.NumberFormat(w.numberLocale, { minimumFractionDigits: min, maximumFractionDigits: max });
  const two = nf(2, 2);
  const upToTwo = nf(0, 2);
  const one = nf(1, 1);
  const upToOne = nf(0, 1);
  const none = nf(0, 0);
  const guard = (f) => (v) => {
    if (v === null || v === undefined || v === '' || Number.isNaN(Number(v))) {
      return w.missing;
    }
    return f(Number(v));
  };
  return {
    WAN_YUAN: { axis: guard((v) => upToTwo.format(v)), value: guard((v) => two.format(v) + w.wanYuan) },
    PERCENT: { axis: guard((v) => upToOne.format(v) + '%'), value: guard((v) => one.format(v) + '%') },
    POINTS: { axis: guard((v) => upToTwo.format(v)), value: guard((v) => upToTwo.format(v) + w.points) },
    INTEGER: { axis: guard((v) => none.format(v)), value: guard((v) => none.format(v)) },
    NUMBER: { axis: guard((v) => upToTwo.format(v)), value: guard((v) => upToTwo.format(v)) },
  };
}

function applyFormat(holder, kind, table) {
  if (holder && typeof holder.format === 'string') {
    const f = table[holder.format];
    if (f) {
      holder.formatter = f[kind];
    } else {
      console.warn('perf-apexchart: unknown format ' + holder.format);
    }
    delete holder.format;
  }
}

// What ApexCharts writes into the page as HTML (innerHTML): legend entries, the tooltip's title, series
// names and values, the x axis tooltip. Everything else it draws (titles, axis labels, annotations, data
// labels) is SVG text, set as text, and is left alone: escaping there would show "&amp;" for "&".
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// A formatter that escapes what `own` (or, without one, the value itself) comes to.
function escaping(own) {
  return (value, opts) => escapeHtml(own ? own(value, opts) : value);
}

// Installs an escaping formatter at every HTML path, around the one a format put there (applyFormat).
function asText(options) {
  options.legend = options.legend || {};
  options.legend.formatter = escaping(options.legend.formatter);

  const tooltip = (options.tooltip = options.tooltip || {});
  tooltip.x = tooltip.x || {};
  tooltip.x.formatter = escaping(tooltip.x.formatter);
  // one entry per series: a series without one would get ApexCharts' own, unescaped, title
  const y = Array.isArray(tooltip.y) ? tooltip.y : tooltip.y ? [tooltip.y] : [];
  const count = Math.max((options.series || []).length, y.length, 1);
  tooltip.y = Array.from({ length: count }, (_, i) => {
    const entry = y[i] || {};
    entry.formatter = escaping(entry.formatter);
    entry.title = { formatter: (name) => (name ? escapeHtml(name) + ': ' : '') };
    return entry;
  });

  options.xaxis = options.xaxis || {};
  options.xaxis.tooltip = options.xaxis.tooltip || {};
  options.xaxis.tooltip.formatter = escaping(options.xaxis.tooltip.formatter);
  return options;
}

function toApexOptions(json, fontFamily) {
  const options = JSON.parse(json);
  options.chart = options.chart || {};
  const lang = options.chart.defaultLocale === 'en' ? 'en' : 'zh-cn';
  options.chart.locales = LOCALES;
  options.chart.defaultLocale = lang;
  if (!options.chart.fontFamily && fontFamily) {
    options.chart.fontFamily = fontFamily;
  }
  const table = formatters(lang);
  (options.yaxis || []).forEach((axis) => applyFormat(axis.labels, 'axis', table));
  if (options.xaxis) {
    applyFormat(options.xaxis.labels, 'axis', table);
  }
  const y = options.tooltip && options.tooltip.y;
  (Array.isArray(y) ? y : y ? [y] : []).forEach((t) => applyFormat(t, 'value', table));
  applyFormat(options.dataLabels, 'value', table);
  return asText(options);
}

class PerfApexChart extends HTMLElement {
  constructor() {
    super();
    this._options = null;
    this._empty = false;
    this._emptyText = '';
    this._chart = null;
    this._renderQueued = false;
    this._drawing = Promise.resolve();
    this._drawnAt = 0;
    // before ApexCharts' own listener on the menu item, which would write its CSV in the browser
    this.addEventListener('click', (e) => this._downloadCsv(e), true);
  }

  // Flow may set properties before this class is defined; re-run them through the setters.
  _upgradeProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  set options(value) {
    this._options = value;
    this._queueRender();
  }

  get options() {
    return this._options;
  }

  set empty(value) {
    this._empty = Boolean(value);
    this._queueRender();
  }

  get empty() {
    return this._empty;
  }

  set emptyText(value) {
    this._emptyText = value || '';
    this._queueRender();
  }

  get emptyText() {
    return this._emptyText;
  }

  connectedCallback() {
    ensureStyle();
    if (!this._chartEl) {
      this._chartEl = document.createElement('div');
      this._chartEl.className = 'perf-apexchart-chart';
      this._emptyEl = document.createElement('div');
      this._emptyEl.className = 'perf-apexchart-empty';
      this.append(this._chartEl, this._emptyEl);
    }
    ['options', 'empty', 'emptyText'].forEach((p) => this._upgradeProperty(p));
    this._queueRender();
  }

  disconnectedCallback() {
    this._destroyChart();
  }

  // Flow sets options, empty and emptyText in one go: draw once after all of them have arrived.
  _queueRender() {
    if (this._renderQueued) {
      return;
    }
    this._renderQueued = true;
    queueMicrotask(() => {
      this._renderQueued = false;
      this._render();
    });
  }

  _render() {
    if (!this.isConnected || !this._chartEl) {
      return;
    }
    if (this._empty || !this._options) {
      this._destroyChart();
      this._emptyEl.textContent = this._emptyText;
      this._emptyEl.hidden = false;
      this._chartEl.hidden = true;
      return;
    }
    this._emptyEl.hidden = true;
    this._chartEl.hidden = false;
    const fontFamily = getComputedStyle(this).getPropertyValue('--lumo-font-family').trim();
    const options = toApexOptions(this._options, fontFamily);
    if (this._chart) {
      this._drawing = this._chart.updateOptions(options, true, true);
    } else {
      this._chart = new ApexCharts(this._chartEl, options);
      this._drawing = this._chart.render();
    }
    this._drawing = this._drawing
      .catch((e) => console.error('perf-apexchart: cannot draw the chart', e))
      .then(() => { this._drawnAt = performance.now(); });
  }

  // The chart as the toolbar's PNG download draws it, as a data URI, `scale` times its size on screen;
  // '' when the element shows its empty state. The server puts these images into Word documents, so a
  // document shows the very chart the page shows. Waits for a pending draw and its animation.
  async toPngDataUri(scale) {
    await new Promise((resolve) => queueMicrotask(resolve));
    await this._drawing;
    if (!this._chart || this._empty) {
      return '';
    }
    const settle = ANIMATION_MS - (performance.now() - this._drawnAt);
    if (settle > 0) {
      await new Promise((resolve) => setTimeout(resolve, settle));
    }
    const { imgURI } = await this._chart.dataURI({ scale: scale || 2 });
    return imgURI;
  }

  // "下载 CSV" in the toolbar menu: the server's file (attribute csv-download, a Vaadin download URL).
  _downloadCsv(event) {
    const item = event.target && event.target.closest ? event.target.closest('.apexcharts-menu-item.exportCSV') : null;
    if (!item || !this.contains(item)) {
      return;
    }
    event.stopPropagation();
    event.preventDefault();
    const menu = item.closest('.apexcharts-menu');
    if (menu) {
      menu.classList.remove('apexcharts-menu-open');
    }
    const href = this.getAttribute('csv-download');
    if (!href) {
      return;
    }
    const link = document.createElement('a');
    link.href = href;
    link.setAttribute('download', '');
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  _destroyChart() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }
}

if (!customElements.get('perf-apexchart')) {
  customElements.define('perf-apexchart', PerfApexChart);
}
