/** The storefront's one stylesheet, served at /assets/store.css. Mobile first. */
export const stylesheet = `
:root { --ink:#1d2433; --muted:#667085; --line:#e4e7ec; --bg:#f8f9fb; --accent:#3b5bdb; --accent-ink:#fff; --ok:#2b8a3e; --warn:#c2410c; --bad:#c92a2a; --radius:12px; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
.site-header { display:flex; flex-wrap:wrap; gap:.75rem 1.5rem; align-items:center; padding:.9rem 1.25rem; background:#fff; border-bottom:1px solid var(--line); position:sticky; top:0; z-index:1; }
.brand { font-weight:800; font-size:1.15rem; color:var(--ink); letter-spacing:-.01em; }
.categories { display:flex; gap:1rem; flex:1; overflow-x:auto; }
.categories a { color:var(--ink); white-space:nowrap; }
.cart-link { font-weight:600; margin-left:auto; }
@media (max-width: 600px) { .categories { order:3; flex-basis:100%; } }
.badge { display:inline-block; min-width:1.5em; padding:0 .4em; border-radius:99px; background:var(--accent); color:var(--accent-ink); text-align:center; font-size:.85rem; }
.container { max-width:1080px; margin:0 auto; padding:1.25rem; }
.site-footer { max-width:1080px; margin:2rem auto; padding:0 1.25rem; color:var(--muted); font-size:.9rem; }
.muted { color:var(--muted); }
h1 { font-size:1.6rem; letter-spacing:-.02em; margin:.25rem 0 1rem; }
.grid { display:grid; gap:1rem; grid-template-columns:repeat(auto-fill,minmax(200px,1fr)); }
.card { background:#fff; border:1px solid var(--line); border-radius:var(--radius); overflow:hidden; color:var(--ink); display:flex; flex-direction:column; }
.card img { width:100%; height:auto; aspect-ratio:1; object-fit:cover; display:block; }
.card .body { padding:.75rem .9rem 1rem; display:grid; gap:.25rem; }
.price { font-weight:700; }
.pills { display:flex; flex-wrap:wrap; gap:.5rem; margin:0 0 1rem; }
.pill, .chip { border:1px solid var(--line); background:#fff; border-radius:99px; padding:.3rem .8rem; color:var(--ink); }
.pill.active, .chip.selected { border-color:var(--accent); background:var(--accent); color:var(--accent-ink); }
.chip.sold-out { text-decoration:line-through; color:var(--muted); }
.product { display:grid; gap:1.5rem; }
@media (min-width: 760px) { .product { grid-template-columns: 1fr 1fr; } .checkout { grid-template-columns: 1.6fr 1fr; } }
.product img { width:100%; height:auto; border-radius:var(--radius); border:1px solid var(--line); }
.stock { font-weight:600; } .stock.low { color:var(--warn); } .stock.out { color:var(--bad); } .stock.ok { color:var(--ok); }
.panel { background:#fff; border:1px solid var(--line); border-radius:var(--radius); padding:1rem 1.1rem; margin-bottom:1rem; }
.panel.highlight { border-color:var(--accent); box-shadow:0 0 0 3px #3b5bdb22; }
table { width:100%; border-collapse:collapse; font-size:.92rem; } th, td { text-align:left; padding:.35rem .5rem; border-bottom:1px solid var(--line); }
label { display:block; font-weight:600; margin:.6rem 0 .25rem; }
label.inline { display:flex; gap:.5rem; align-items:center; font-weight:400; }
input[type=text], input[type=email], input[type=password], input[type=number], select { width:100%; padding:.6rem .7rem; border:1px solid #cfd4dc; border-radius:8px; font:inherit; background:#fff; }
input[type=number] { width:5rem; }
button, .button { display:inline-block; border:0; border-radius:10px; padding:.75rem 1.2rem; font:inherit; font-weight:700; background:var(--accent); color:var(--accent-ink); cursor:pointer; text-align:center; }
button.secondary { background:#eef1f6; color:var(--ink); } button.link { background:none; color:var(--accent); padding:0; font-weight:400; }
button[disabled] { opacity:.5; cursor:not-allowed; }
.row { display:flex; gap:.75rem; align-items:center; justify-content:space-between; flex-wrap:wrap; }
.row.start { justify-content:flex-start; }
.line { display:grid; grid-template-columns:64px 1fr auto; gap:.75rem; align-items:center; padding:.75rem 0; border-bottom:1px solid var(--line); }
.line img { width:64px; height:64px; border-radius:8px; }
.summary dl { display:grid; grid-template-columns:1fr auto; gap:.35rem 1rem; margin:0; } .summary dt { color:var(--muted); } .summary dd { margin:0; text-align:right; }
.summary .total { font-weight:800; color:var(--ink); font-size:1.1rem; }
.checkout { display:grid; gap:1.25rem; }
.steps { display:flex; gap:.5rem; list-style:none; padding:0; margin:0 0 1rem; font-size:.9rem; flex-wrap:wrap; }
.steps li { padding:.25rem .7rem; border-radius:99px; background:#eef1f6; } .steps li.current { background:var(--accent); color:var(--accent-ink); } .steps li.done { background:#d3f9d8; }
.option { display:flex; gap:.75rem; align-items:flex-start; padding:.75rem; border:1px solid var(--line); border-radius:10px; margin:.5rem 0; background:#fff; font-weight:400; }
.notice { padding:.75rem 1rem; border-radius:10px; background:#fff4e6; } .notice.error { background:#fff5f5; color:var(--bad); }
.trust { display:flex; flex-wrap:wrap; gap:.5rem 1rem; color:var(--muted); font-size:.9rem; list-style:none; padding:0; }
`;
