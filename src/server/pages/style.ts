// The pages' one stylesheet, served from /room.css (CSP allows styles from the server only).
// Large targets (at least 44 px), visible focus, no motion for those who ask for none, and a
// layout that works from a 360-pixel phone to a projector.

export const ROOM_CSS = `
:root {
  --ink: #0b0c0c; --paper: #ffffff; --muted: #505a5f; --line: #b1b4b6;
  --accent: #1d4f91; --accent-ink: #ffffff; --focus: #ffdd00; --warn: #8a3b00; --warn-bg: #fff4e5;
  --ok: #00703c; --soft: #f3f2f1;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 1.125rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }
.room-title, .hint, .progress { color: var(--muted); font-size: 1rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.stack > * + * { margin-top: 0.75rem; }
label { display: block; font-weight: 700; }
input[type=text] {
  display: block; width: 100%; min-height: 48px; padding: 0.5rem 0.75rem;
  font: inherit; color: var(--ink); background: var(--paper);
  border: 2px solid var(--ink); border-radius: 0;
}
button {
  display: block; width: 100%; min-height: 48px; margin: 0 0 0.75rem; padding: 0.75rem 1rem;
  font: inherit; font-weight: 700; text-align: left; cursor: pointer;
  color: var(--accent-ink); background: var(--accent); border: 2px solid var(--accent); border-radius: 6px;
}
button.secondary, button.level, button.seat {
  color: var(--ink); background: var(--paper); border-color: var(--ink); font-weight: 400;
}
button.link {
  display: inline; width: auto; min-height: 44px; padding: 0.5rem 0; margin: 0;
  color: var(--accent); background: none; border: 0; text-decoration: underline; font-weight: 400;
}
button:disabled { color: var(--muted); border-color: var(--line); background: var(--soft); cursor: not-allowed; }
button[aria-pressed=true] { color: var(--accent-ink); background: var(--accent); border-color: var(--accent); }
button[aria-pressed=true] .tick::before { content: "✓ "; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
/* Headings take focus only so a screen reader starts at a new question; they are not controls. */
h1[tabindex="-1"]:focus { outline: none; box-shadow: none; }
.level-number { font-weight: 700; font-size: 1.25rem; }
.level-label { font-weight: 700; }
.level-text { display: block; margin-top: 0.25rem; font-size: 1rem; }
.levels { margin: 0; padding: 0; border: 0; }
.status { padding: 0.75rem; background: var(--soft); border-left: 6px solid var(--accent); }
.error, .error-slot:not(:empty) { padding: 0.75rem; margin: 0 0 0.75rem; color: var(--ink); background: var(--warn-bg); border-left: 6px solid var(--warn); }
.warning { padding: 0.75rem; background: var(--warn-bg); border-left: 6px solid var(--warn); font-weight: 700; }
.agreed { padding: 0.75rem; border-left: 6px solid var(--ok); font-weight: 700; }
.connection { color: var(--muted); font-size: 1rem; min-height: 1.5rem; }
details { margin: 0 0 1rem; }
summary { min-height: 44px; padding: 0.5rem 0; cursor: pointer; color: var(--accent); text-decoration: underline; }
.help { white-space: pre-line; padding: 0.75rem; border-left: 6px solid var(--line); }
.chart { width: 100%; border-collapse: collapse; margin: 0 0 1rem; }
.chart th, .chart td { text-align: left; vertical-align: top; padding: 0.5rem 0.25rem; border-bottom: 1px solid var(--line); }
.chart td.count { width: 60%; }
.bar { display: block; height: 1.25rem; background: var(--accent); margin-bottom: 0.25rem; }
.bar.empty { display: none; }
.names { font-size: 1rem; }
.seat-list, .dots { list-style: none; margin: 0; padding: 0; }
.dots { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; }
.dots li { display: flex; align-items: center; gap: 0.5rem; }
.dot { display: inline-block; width: 1.5rem; height: 1.5rem; border-radius: 50%; border: 3px solid var(--ink); }
.dot.voted { background: var(--ink); }
.join { margin-top: 2rem; padding-top: 1rem; border-top: 2px solid var(--line); }
.qr svg { width: 12rem; height: 12rem; display: block; }
.scale { list-style: none; margin: 0 0 1rem; padding: 0; }
.code { white-space: nowrap; }
.code, .join-url { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 700; }
/* The address on a line of its own, broken (when it must be) only between its parts. */
.join-url { display: block; }
.url-part { white-space: nowrap; }
body.screen main { max-width: 80rem; }
body.screen { font-size: 1.5rem; }
body.screen h1 { font-size: 2.5rem; }
body.screen .pacing { font-size: 1.25rem; }
/* The levels' descriptors at the projector's body size, each after its label on the same line. */
body.screen .scale li { margin: 0 0 0.5rem; padding-left: 0.75rem; border-left: 6px solid var(--line); line-height: 1.3; }
body.screen .scale .level-text { display: inline; font-size: inherit; margin: 0 0 0 0.25rem; }
body.screen .pacing.behind { color: var(--warn); font-weight: 700; }
@media (min-width: 60rem) {
  /* The join column as wide as the address needs (the longest IPv4 one, http://255.255.255.255:65535/, fits on one line), up to 30rem. */
  body.screen main { display: grid; grid-template-columns: 1fr fit-content(30rem); gap: 0 3rem; }
  body.screen .screen-header, body.screen .connection { grid-column: 1 / -1; }
  body.screen .join { margin-top: 0; border-top: 0; padding-top: 0; min-width: 16rem; }
}
@media (prefers-reduced-motion: no-preference) {
  .bar { transition: width 0.3s ease-out; }
}
@media (forced-colors: active) {
  .bar, .dot.voted { background: CanvasText; }
  button[aria-pressed=true] { border-width: 4px; }
}
`;
