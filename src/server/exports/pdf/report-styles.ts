export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC",
  "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK TC", sans-serif; font-size: 10pt;
  color: #1d2733; line-height: 1.4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 24pt; margin: 0 0 6mm; color: #1f3a5f; }
h2 { font-size: 15pt; color: #1f3a5f; border-block-end: 2px solid #1f3a5f; padding-block-end: 1mm;
  margin: 0 0 4mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; color: #1f3a5f; break-after: avoid; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
section { break-before: page; }
.cover { display: flex; flex-direction: column; justify-content: center; min-block-size: 240mm; }
.cover .kicker { font-size: 12pt; color: #4f6b88; text-transform: uppercase; letter-spacing: 0.08em; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 8mm; font-size: 11pt;
  margin-block-start: 10mm; }
.cover dt { font-weight: 700; }
.cover dd { margin: 0; }
table { border-collapse: collapse; inline-size: 100%; margin-block-end: 4mm; }
th, td { border: 1px solid #c5d0dc; padding: 1.2mm 1.8mm; text-align: start; vertical-align: top; }
th { background: #1f3a5f; color: #fff; font-weight: 700; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.heat { font-size: 8pt; line-height: 1.3; }
.heat th, .heat td { padding: 0.6mm 1.5mm; }
.heat td.stage { text-align: center; font-weight: 700; inline-size: 11%; vertical-align: middle; }
.heat tr.group td { background: #eef2f6; font-weight: 700; color: #1f3a5f; }
.heat td.stage.reached-4 { color: #fff; }
.heat td.na { background: #e3e3e3; color: #555; }
.muted { color: #5b6b7b; }
.figures { display: flex; gap: 4mm; margin-block-end: 4mm; }
.figure { flex: 1; border: 1px solid #c5d0dc; border-radius: 2mm; padding: 2mm 3mm; }
.figure strong { display: block; font-size: 16pt; color: #1f3a5f; }
.legend { display: flex; gap: 4mm; flex-wrap: wrap; font-size: 9pt; margin-block-end: 3mm; }
.swatch { display: inline-block; inline-size: 4mm; block-size: 4mm; vertical-align: middle;
  margin-inline-end: 1mm; border: 1px solid #9aa9b8; }
.result { border-inline-start: 3px solid #1f3a5f; padding-inline-start: 3mm; margin-block: 2mm 3mm; }
.subdomain { break-inside: auto; margin-block-end: 6mm; }
.status-met { color: #1b6b2f; font-weight: 700; }
.status-partly-met { color: #8a5a00; font-weight: 700; }
.status-not-met { color: #a11a1a; font-weight: 700; }
.status-unknown, .status-unrated { color: #5b6b7b; }
.pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.chart { inline-size: 100%; max-inline-size: 170mm; }
.tag { font-size: 8pt; color: #1f3a5f; border: 1px solid #9aa9b8; border-radius: 1mm;
  padding-inline: 1mm; margin-inline-start: 1mm; white-space: nowrap; }
/* The plan is a dense table. Smaller type, and indicator keys and e-mail addresses (which have no
   spaces) broken anywhere, keep its narrow columns narrow, so the action's own words get the width. */
.plan { font-size: 9pt; }
.token { overflow-wrap: anywhere; }
.flag { background: #fff6e0; border: 1px solid #e3c170; padding: 2mm 3mm; margin-block-end: 2mm; }
a { color: #1f5f8f; overflow-wrap: anywhere; }
/* Each paragraph takes its direction from its own text, so English in an Arabic report (and
   Arabic in an English one) reads in its own order. */
td, p, li, dd, h1, h3, h4 { unicode-bidi: plaintext; }
`;
