/**
 * The panel's stylesheet, adopted into the shadow root. `.root{all:initial}` stops the host page's
 * inherited fonts/colours; logical properties keep it right-to-left safe; full-screen on small
 * screens with safe-area insets; 16px inputs so iOS does not zoom; reduced motion honoured (no
 * entry animation: the panel simply appears). The brand colours (--b, --bt) and the launcher (.l)
 * come from the loader's sheet (launcher.ts). One rule a line; the build folds them into one string.
 */
export const panelCss =
  ".root{all:initial;font:15px/1.45 system-ui,sans-serif;color:#1b1b1b}" +
  ":where(.root *){box-sizing:border-box;font:inherit;color:inherit}" +
  "button{cursor:pointer}" +
  ":focus-visible{outline:3px solid #1a4fd6;outline-offset:2px}" +
  ".l[data-n]::after{content:attr(data-n);position:absolute;top:-4px;inset-inline-end:-4px;padding:0 7px;border-radius:11px;background:#b00020;color:#fff;font:700 13px/22px sans-serif}" +
  ".panel{position:fixed;inset-block-end:88px;inset-inline-end:16px;width:min(380px,calc(100vw - 32px));height:min(600px,calc(100vh - 120px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden}" +
  ".panel.start{inset-inline-end:auto;inset-inline-start:16px}" +
  ".panel[hidden]{display:none}" +
  ".panel.full{inset:0;width:auto;height:auto;border-radius:0;padding:env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left)}" +
  "header{display:flex;align-items:center;gap:4px;padding:4px 6px 4px 14px;background:var(--b);color:var(--bt)}" +
  "header h2{margin:0;font-size:16px;font-weight:700;flex:1}" +
  "header button{border:0;background:none;width:44px;height:44px;border-radius:8px;font-size:22px;line-height:1}" +
  "header :focus-visible{outline-color:var(--bt);outline-offset:-3px}" +
  ".logwrap{flex:1;min-height:0;position:relative;display:flex;flex-direction:column}" +
  ".log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px;overscroll-behavior:contain}" +
  ".msg{max-width:88%;padding:9px 12px;border-radius:12px;background:#f1f3f2;overflow-wrap:anywhere}" +
  ".msg.user{align-self:flex-end;background:var(--b);color:var(--bt)}" +
  ".by{display:block;font-size:12px;margin-block-end:2px}" +
  ".msg p{margin:0 0 6px}" +
  ".msg p:last-child{margin:0}" +
  ".msg ul,.msg ol{margin:4px 0;padding-inline-start:20px}" +
  ".msg a{color:#0b4f9c}" +
  ".typing{display:flex;gap:4px;padding:12px}" +
  ".typing i{width:8px;height:8px;border-radius:50%;background:#6b6b6b}" +
  ".tool{display:flex;flex-direction:column;gap:6px;margin-block-start:6px}" +
  ".card{display:flex;gap:10px;padding:8px;border:1px solid #d5d9d7;border-radius:10px;background:#fff}" +
  ".card.note{flex-direction:column;gap:2px}" +
  ".card img{width:56px;height:56px;object-fit:cover;border-radius:6px;flex:none}" +
  ".card-body{display:flex;flex-direction:column;gap:2px;min-width:0}" +
  ".meta{display:flex;gap:8px;font-size:13px;color:#4a4a4a}" +
  ".ok{color:#1d6b2f}" +
  ".no{color:#a3001b}" +
  ".chips,.rates{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px;font-size:12px}" +
  ".chips li{border:1px solid #d5d9d7;border-radius:99em;padding:1px 8px}" +
  ".rates{flex-direction:column}" +
  ".rates li{display:flex;gap:8px;justify-content:space-between}" +
  ".root .cta{display:block;width:100%;min-height:44px;text-align:center;padding:11px;border:0;border-radius:10px;background:var(--b);color:var(--bt);font-weight:700;text-decoration:none}" +
  ".tick{display:flex;gap:8px;align-items:flex-start;margin:6px 0}" +
  ".tick input{width:24px;height:24px;margin:0;flex:none}" +
  ".pill{position:absolute;inset-block-end:8px;left:50%;transform:translateX(-50%);min-height:36px;padding:0 16px;border:0;border-radius:99em;background:#1b1b1b;color:#fff;white-space:nowrap}" +
  ".quick{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 8px}" +
  ".quick button{border:1px solid var(--b);color:#1b1b1b;background:#fff;border-radius:99em;padding:6px 12px;font-size:14px}" +
  ".error{display:flex;gap:8px;align-items:center;margin:0 14px 8px;padding:8px 10px;border-radius:8px;background:#fdecee;color:#7a0014}" +
  ".error button{margin-inline-start:auto;border:1px solid #7a0014;background:#fff;border-radius:6px;padding:4px 10px}" +
  ".composer{display:flex;gap:8px;padding:10px 14px 14px;border-block-start:1px solid #e3e6e4}" +
  "textarea{flex:1;resize:none;font-size:16px!important;padding:10px;border:1px solid #767676;border-radius:10px;background:#fff;min-height:44px}" +
  ".composer button{border:0;border-radius:10px;padding:0 14px;background:var(--b);color:var(--bt);font-weight:700}" +
  ".composer button:disabled{opacity:.6}" +
  ".full .quick button,.full .pill,.full .error button{min-height:44px;min-width:44px}" +
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}";
