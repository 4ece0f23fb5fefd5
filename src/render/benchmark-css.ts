// The benchmark page's stylesheet: the HTML report's conventions (its colours, header, contents,
// tables, call-outs and print rules, templates/report.html.hbs), for the parts a benchmark has.
export const BENCHMARK_CSS = `
:root {
  --ink: #1b1b1b; --muted: #4b5358; --line: #c9ced1; --soft: #f3f5f6;
  --brand: #0b2f55; --brand-2: #1d4f91; --link: #1d4f91; --alert: #8e1c1c; --alert-bg: #fbe9e9;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #ffffff; font: 1rem/1.5 "Segoe UI", Arial, "Helvetica Neue", Helvetica, sans-serif; }
a { color: var(--link); text-underline-offset: 2px; }
a:focus-visible, .scroll:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 0; box-shadow: 0 0 0 6px #ffbf47; }
.skip-link { position: absolute; left: -9999px; top: 0; background: #ffbf47; color: #0b0c0c; padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--brand); margin: 1.6em 0 .5em; }
h2 { font-size: 1.6rem; border-bottom: 3px solid var(--brand); padding-bottom: .3rem; }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.05rem; margin: 0 0 .4rem; color: var(--ink); }
p { margin: 0 0 .8rem; }
.lead { font-size: 1.1rem; }
.report-header { background: var(--brand); color: #ffffff; padding: 2rem 0 1.6rem; }
.report-header .eyebrow { margin: 0; font-size: .95rem; letter-spacing: .04em; text-transform: uppercase; color: #dbe6f3; }
.report-header h1 { color: #ffffff; font-size: 2.3rem; margin: .3rem 0 .2rem; overflow-wrap: anywhere; }
.report-header .subtitle { font-size: 1.15rem; margin: 0 0 1.2rem; color: #ffffff; }
.front-matter { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .8rem 1.6rem; margin: 0; }
.front-matter div { border-top: 1px solid rgba(255, 255, 255, .35); padding-top: .5rem; }
.front-matter dt { font-size: .85rem; color: #dbe6f3; }
.front-matter dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.toc { background: var(--soft); border-bottom: 1px solid var(--line); padding: 1rem 0; }
.toc h2 { font-size: 1rem; border: 0; margin: 0 0 .4rem; padding: 0; color: var(--ink); }
.toc ol { margin: 0; padding-left: 1.3rem; columns: 2 16rem; column-gap: 2rem; }
main { padding-bottom: 2rem; }
section.major > h2:first-child { margin-top: 2.2rem; }
.callout { border-left: 5px solid var(--brand-2); background: var(--soft); padding: .8rem 1rem; margin: 1rem 0; }
.callout h3 { margin-top: 0; font-size: 1.05rem; color: var(--ink); }
.callout ul { margin: 0; padding-left: 1.2rem; }
.callout-alert { border-left-color: var(--alert); background: var(--alert-bg); }
.callout li, .peers li { overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .92rem; }
.ask { border: 1px solid var(--line); border-left: 5px solid var(--brand-2); padding: .8rem 1rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.peers { margin: 0; padding-left: 1.2rem; }
.key { columns: 2 18rem; column-gap: 2rem; padding-left: 1.4rem; }
figure { margin: 0 0 1.2rem; border: 1px solid var(--line); padding: 1rem; background: #ffffff; }
figcaption { font-weight: 600; margin-bottom: .6rem; }
figure svg { display: block; width: auto; max-width: 100%; height: auto; }
/* position: relative keeps the visually hidden text of a wide table's headings inside the region. */
.scroll { overflow-x: auto; margin: .6rem 0 1.4rem; position: relative; }
.scroll > table { margin: 0; }
/* On a phone the caption of a table that scrolls stays on the screen, wrapped to its width. */
@media screen { .scroll > table > caption { position: sticky; left: 0; max-width: calc(100vw - 2.5rem); } }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.4rem; font-size: .95rem; }
table.wide { font-size: .85rem; }
caption { text-align: left; font-weight: 700; padding: .3rem 0 .5rem; color: var(--ink); }
th, td { border-bottom: 1px solid var(--line); padding: .45rem .6rem .45rem 0; text-align: left; vertical-align: top; }
main { overflow-wrap: break-word; }
/* Cells wrap between words, never inside one: a table too wide for a phone scrolls in its region. */
th, td { overflow-wrap: break-word; }
table.wide th, table.wide td { padding: .25rem .5rem .25rem 0; }
thead th { border-bottom: 2px solid var(--ink); font-size: .9rem; }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.focus th, tr.focus td { background: var(--soft); font-weight: 700; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.report-footer { border-top: 3px solid var(--brand); margin-top: 2rem; padding: 1rem 0 2rem; font-size: .92rem; color: var(--muted); }
@media (max-width: 40rem) { .report-header h1 { font-size: 1.8rem; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html { font-size: 10pt; }
  .front-matter { grid-template-columns: repeat(4, 1fr); }
  .wrap { max-width: none; padding: 0; }
  .skip-link, .toc { display: none; }
  .report-header { padding: 1.2rem 1rem; }
  section.major { break-before: page; page-break-before: always; }
  h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
  .callout, .ask { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; }
}
`;
