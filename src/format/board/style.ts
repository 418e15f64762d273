// The board's only stylesheet and script, inlined into the page. Colours keep text at a
// contrast of 4.5:1 or more; the layout is one column below 700 px and prints on A4.
export const CSS = `
:root{--ink:#1c2430;--muted:#55606e;--line:#d5dbe3;--bg:#f5f7fa;--plan:#c9d6e8;--done:#3d6fb0;--late:#c62828;--risk:#e59b00;--ok:#2e7d32;--hold:#8e7cc3}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 16px}
header{padding-top:16px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:14px;margin:14px 0 4px}
.muted{color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:12px 0;padding:0}
.fig{background:var(--bg);border-radius:6px;padding:10px 12px;margin:0}
.fig dt{font-size:12px;color:var(--muted)}
.fig dd{margin:2px 0 0;font-size:24px;font-weight:600}
.fig dd small{display:block;font-size:12px;font-weight:400;color:var(--muted)}
.fig[data-currency] dd{font-size:19px;line-height:1.6}
.fig.bad dd{color:var(--late)}
.fig.warn dd{color:#8a5a00}
.bars{list-style:none;margin:0;padding:0}
.bar-row{display:grid;grid-template-columns:9em minmax(80px,1fr) minmax(8em,22em);gap:8px;align-items:center;padding:2px 0}
.bar-row.apart{margin-top:10px;padding-top:8px;border-top:1px dashed var(--line)}
.bar-value{font-size:13px}
.track{width:100%;height:16px;display:block}
.b-state{fill:var(--done)}.b-hold{fill:var(--hold)}
.a-not_due{fill:#9fb7d6;background:#9fb7d6}.a-d1_30{fill:#f0c24b;background:#f0c24b}.a-d31_60{fill:#e8912e;background:#e8912e}.a-d61_90{fill:#d9582b;background:#d9582b}.a-d90_plus{fill:#a31515;background:#a31515}
.legend{font-size:12px;color:var(--muted);margin:4px 0 8px}
.k{display:inline-block;width:12px;height:10px;margin:0 4px 0 10px;vertical-align:baseline;border-radius:2px}
.k-done{background:var(--done)}.k-plan{background:var(--plan)}.k-late{background:var(--late)}.k-risk{background:var(--risk)}.k-tick{background:var(--ink);width:3px}.k-today{background:#000;width:2px}
.gantt{list-style:none;margin:0;padding:0}
.gantt,.scroll{content-visibility:auto;contain-intrinsic-size:auto 400px}
.g-row,.g-axis{display:grid;grid-template-columns:13em minmax(120px,1fr) 3.6em;gap:8px;align-items:center;min-height:20px}
.g-row:nth-child(even){background:#fafbfc}
.g-id{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-variant-numeric:tabular-nums}
.g-cust{color:var(--muted);font-size:12px}
.g-date{font-size:12px;text-align:right;font-variant-numeric:tabular-nums}
.is-late .g-id,.is-late .g-date{color:var(--late);font-weight:600}
.is-risk .g-id,.is-risk .g-date{color:#8a5a00;font-weight:600}
.g-months{position:relative;overflow:hidden;height:18px;font-size:11px;color:var(--muted)}
.g-months span{position:absolute;top:0;border-left:1px solid var(--line);padding-left:2px;white-space:nowrap}
.g-plan{fill:var(--plan)}.g-done{fill:var(--done)}.g-late{fill:var(--late)}.g-risk{fill:var(--risk)}
.g-ms{fill:#fff;stroke:var(--ink);stroke-width:1}.g-ms-done{fill:var(--ink)}.g-ship{fill:#0b7a75}.g-eta{fill:#0b7a75;opacity:.6}.g-due{fill:var(--ink)}.g-first{fill:var(--muted)}.g-today{fill:#000}
.g-group{margin-top:12px}
.months{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(12,minmax(0,1fr));gap:3px;max-width:720px}
.months li{display:flex;flex-direction:column;align-items:center;font-size:12px;min-width:0;overflow:hidden}
.col{width:100%;height:90px;display:block}
.c-bg{fill:var(--bg)}.c-ok{fill:var(--ok)}.c-low{fill:var(--late)}
.c-n{font-size:11px}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:2px solid var(--done)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:4px 6px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--bg);white-space:nowrap}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid var(--done)}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
.num{text-align:right;font-variant-numeric:tabular-nums}
td:first-child,td.nowrap{white-space:nowrap}
td.late{color:var(--late);font-weight:600}
.rate{display:inline-block;width:60px;height:8px;margin-right:6px;vertical-align:middle}
footer{margin-top:32px;padding-bottom:24px;font-size:12px;color:var(--muted)}
@media (max-width:700px){
  body{font-size:13px}
  header,main,footer{padding:0 10px}
  .figures{grid-template-columns:repeat(2,1fr)}
  .bar-row{grid-template-columns:6.5em 1fr;}
  .bar-value{grid-column:1 / -1}
  .g-row,.g-axis{grid-template-columns:8.6em 1fr 3.2em;gap:4px}
  .g-cust{display:none}
  .months li{font-size:10px}
}
@page{size:A4;margin:12mm}
@media print{
  body{font-size:10.5px}
  header,main,footer{max-width:none;padding:0}
  h2{break-after:avoid}
  .fig,.bar-row,.g-row,tr{break-inside:avoid}
  .scroll{overflow:visible}
  th button::after{content:""!important}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** Sorting only: a click on a column heading orders the table's rows by it. */
export const SCRIPT = `
document.querySelectorAll('table.sortable th button').forEach(function(b){b.addEventListener('click',function(){
var th=b.parentNode,tr=th.parentNode,tb=th.closest('table').tBodies[0],i=Array.prototype.indexOf.call(tr.children,th),num=th.dataset.type==='num',up=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(tr.children,function(x){x.removeAttribute('aria-sort')});th.setAttribute('aria-sort',up?'ascending':'descending');
var key=function(r){var c=r.cells[i],v=c.hasAttribute('data-sort')?c.getAttribute('data-sort'):c.textContent;return num?(v===''||v==='—'?-Infinity:parseFloat(v)):v};
Array.prototype.slice.call(tb.rows).sort(function(a,b){var x=key(a),y=key(b),d=num?x-y:String(x).localeCompare(String(y));return up?d:-d}).forEach(function(r){tb.appendChild(r)});
})});
`;
