/**
 * Documents of every kind Lärdom reads, made from one list of blocks (headings, paragraphs, list items, table
 * rows, fact-box pairs), as a writer's program would save them: Word (.docx), OpenDocument (.odt), a web page
 * with navigation, cookie banner and footer around its content, and plain text.
 */
import JSZip from 'jszip';

export type Block = { h: string } | { p: string } | { li: string[] } | { table: string[][] } | { facts: [string, string][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A web page: the blocks inside <main>, with the chrome a real page has around them. */
export function makeHtml(title: string, blocks: Block[]): Buffer {
  const body = blocks
    .map((b) => {
      if ('h' in b) return `<h2>${esc(b.h)}</h2>`;
      if ('p' in b) return `<p>${esc(b.p)}</p>`;
      if ('li' in b) return `<ul>${b.li.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
      if ('table' in b) return `<table>${b.table.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      return `<dl>${b.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
    })
    .join('\n');
  return Buffer.from(
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${esc(title)} | Region Exempel</title></head><body>
<div class="cookie-banner">Vi använder kakor (cookies) för att förbättra webbplatsen. Godkänn alla kakor</div>
<header><a href="/">Startsida</a><nav><ul><li><a href="/a">Om oss</a></li><li><a href="/b">Nyheter</a></li><li><a href="/c">Kontakt</a></li></ul></nav></header>
<main><article><h1>${esc(title)}</h1>
${body}
</article></main>
<footer><p>Region Exempel, Box 1, 100 00 Exempelstad. Telefon 010-000 00 00. Följ oss på Facebook.</p></footer>
</body></html>`,
    'utf8',
  );
}

/** Plain text, one block a paragraph. */
export function makeTxt(title: string, blocks: Block[]): Buffer {
  const lines = blocks.flatMap((b) => {
    if ('h' in b) return ['', b.h];
    if ('p' in b) return [b.p];
    if ('li' in b) return b.li.map((x) => `- ${x}`);
    if ('table' in b) return b.table.map((r) => r.join('  '));
    return b.facts.map(([k, v]) => `${k}: ${v}`);
  });
  return Buffer.from([title, '', ...lines, ''].join('\n'), 'utf8');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document: headings in the Heading 2 style, lists as paragraphs with list numbering, real tables. */
export async function makeDocx(title: string, blocks: Block[]): Promise<Buffer> {
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  const para = (t: string, style?: string, list = false) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>${run(t)}</w:p>`;
  const table = (rows: string[][]) =>
    `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = [
    para(title, 'Title'),
    ...blocks.map((b) => {
      if ('h' in b) return para(b.h, 'Heading2');
      if ('p' in b) return para(b.p);
      if ('li' in b) return b.li.map((x) => para(x, undefined, true)).join('');
      if ('table' in b) return table(b.table);
      return b.facts.map(([k, v]) => para(`${k}: ${v}`)).join('');
    }),
  ].join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  // Parts in the order Word writes them: the package's, then the document's.
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** An OpenDocument text: text:h, text:p, text:list and table:table, with its mimetype part first. */
export async function makeOdt(title: string, blocks: Block[]): Promise<Buffer> {
  const p = (t: string) => `<text:p>${esc(t)}</text:p>`;
  const body = [
    `<text:h text:outline-level="1">${esc(title)}</text:h>`,
    ...blocks.map((b) => {
      if ('h' in b) return `<text:h text:outline-level="2">${esc(b.h)}</text:h>`;
      if ('p' in b) return p(b.p);
      if ('li' in b) return `<text:list>${b.li.map((x) => `<text:list-item>${p(x)}</text:list-item>`).join('')}</text:list>`;
      if ('table' in b)
        return `<table:table>${b.table.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell>${p(c)}</table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`;
      return b.facts.map(([k, v]) => p(`${k}: ${v}`)).join('');
    }),
  ].join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
  );
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  zip.file(
    'meta.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>${esc(title)}</dc:title></office:meta></office:document-meta>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/vnd.oasis.opendocument.text' });
}

/** One short final report, as blocks, with its owner, period, manager and lessons. */
export const SAMPLE_REPORT: { title: string; blocks: Block[] } = {
  title: 'Slutrapport Hållbar besöksnäring i Fjällbygden',
  blocks: [
    {
      facts: [
        ['Projektägare', 'Bergs kommun'],
        ['Projektperiod', '2019-03-01 – 2021-12-31'],
        ['Projektledare', 'Karin Holmberg'],
        ['Total projektbudget', '2 400 000 kr'],
      ],
    },
    { h: 'Sammanfattning' },
    {
      p: 'Projektet Hållbar besöksnäring i Fjällbygden har stärkt samarbetet mellan företag inom besöksnäringen i Bergs kommun. Projektet finansierades av Region Jämtland Härjedalen och Bergs kommun.',
    },
    { h: 'Budget' },
    {
      table: [
        ['Finansiär', 'Belopp'],
        ['Region Jämtland Härjedalen', '1 200 000 kr'],
        ['Bergs kommun', '1 200 000 kr'],
      ],
    },
    { h: 'Lärdomar' },
    {
      li: [
        'En styrgrupp med företagare från början gör att besluten förankras bättre.',
        'Små företag behöver praktiskt stöd nära verksamheten snarare än långa utbildningar.',
      ],
    },
  ],
};
