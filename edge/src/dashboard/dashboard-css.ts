import { series } from "./time-series-chart.tsx";

/** The dashboard's one stylesheet, served as /dashboard/style.css so the CSP allows no inline style. */
export const dashboardCss = `
:root { --accent: #4f46e5; --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --card: #fff; --bg: #f8fafc; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { background: var(--ink); color: #fff; padding: 12px 16px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; justify-content: space-between; }
header h1 { font-size: 18px; margin: 0; }
header form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
header label { font-size: 12px; display: grid; gap: 2px; }
input, select, button { font: inherit; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--line); }
button { background: var(--accent); color: #fff; border: 0; cursor: pointer; }
button.secondary { background: none; color: var(--accent); border: 1px solid var(--accent); }
main { max-width: 1100px; margin: 0 auto; padding: 16px; display: grid; gap: 16px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px; min-width: 0; }
section h2 { font-size: 16px; margin: 0 0 12px; }
.grid2 { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); }
.kpis { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.kpi b { display: block; font-size: 22px; }
.kpi span { color: var(--muted); font-size: 13px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: right; padding: 6px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
.note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.verdict { font-weight: 600; }
.chart { display: block; overflow: visible; }
.bar-label { font-size: 14px; fill: var(--ink); }
.bar-value { fill: var(--muted); }
.bar-track { fill: #eef2f7; }
.timeseries { margin: 0; }
.plot { position: relative; padding-top: 18px; }
.y-max { position: absolute; top: 0; left: 0; font-size: 12px; color: var(--muted); }
.axis { stroke: #cbd5e1; stroke-width: 1; }
.grid { stroke: #eef2f7; stroke-width: 1; }
.x-axis { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; margin-top: 8px; }
.legend .key { display: inline-block; width: 12px; height: 4px; border-radius: 2px; margin-right: 6px; vertical-align: middle; }
${series.map((s) => `.key-${s.key} { background: ${s.color}; }`).join("\n")}
.empty { color: var(--muted); }
details { border-top: 1px solid var(--line); padding: 8px 0; }
summary { cursor: pointer; }
.msg { margin: 6px 0; padding: 6px 10px; border-radius: 8px; max-width: 85%; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.user { background: #eef2ff; margin-left: auto; }
.msg.assistant { background: #f1f5f9; }
.msg small { display: block; color: var(--muted); font-size: 11px; }
.login { max-width: 360px; margin: 10vh auto; display: grid; gap: 12px; }
.error { color: #b91c1c; }
.settings-nav { display: flex; gap: 12px; flex-wrap: wrap; }
header a { color: #fff; }
fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin: 0 0 12px; display: grid; gap: 10px; }
legend { font-weight: 600; padding: 0 4px; }
.field { display: grid; gap: 4px; }
.field > span { font-weight: 500; }
.field input[type=text], .field input[type=time], .field input[type=number], .field input[type=url], .field input[type=email], .field textarea, .field select { width: 100%; max-width: 520px; }
textarea { font: inherit; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--line); min-height: 3.2em; }
.check { display: flex; gap: 8px; align-items: center; }
.hint { color: var(--muted); font-size: 13px; margin: 0; }
.field-error { color: #b91c1c; font-size: 14px; margin: 0; font-weight: 600; }
[aria-invalid=true] { border-color: #b91c1c; outline: 1px solid #b91c1c; }
.choices { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.rules { margin: 0; padding-left: 20px; color: var(--ink); font-size: 14px; }
.notice { background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 8px; padding: 10px 12px; }
.problems { background: #fef2f2; border: 1px solid #fecaca; border-radius: 8px; padding: 10px 12px; }
.snippet { width: 100%; font: 13px/1.4 ui-monospace, monospace; min-height: 7em; }
.audit td, .audit th { white-space: normal; text-align: left; vertical-align: top; }
.audit code { overflow-wrap: anywhere; }
.swatch { vertical-align: middle; }
.row { border-top: 1px dashed var(--line); padding-top: 10px; display: grid; gap: 8px; }
.inbox li { margin: 8px 0; }
.msg.human { background: #dcfce7; }
.reply { display: grid; gap: 8px; margin-top: 12px; }
.reply textarea { font: inherit; min-height: 5em; padding: 8px; border: 1px solid var(--line); border-radius: 6px; }
a.on-brand { color: #fff; }
`;
