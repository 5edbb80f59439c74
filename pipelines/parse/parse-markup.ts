/**
 * Reads Word (.docx), OpenDocument (.odt), web pages and plain text into the same pages of lines that a PDF
 * gives: headings, paragraphs, list items ("• …"), table rows (cells two spaces apart) and a definition list's
 * "term: value" on lines of their own, from the source's own structure. A web page keeps its main content only.
 */
import { Readability } from '@mozilla/readability';
import JSZip from 'jszip';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { AppError } from '../../shared/errors.js';
import type { DocumentFormat, ParsedDocument } from '../../shared/types/record.js';
import { decodeText } from './detect-type.js';

/** A file without pages is cut into pages of about a printed page's length, at paragraph ends. */
export const LINES_PER_PAGE = 45;
const CELL_GAP = '  ';

// Parts of a page around its content: navigation, banners, forms, scripts, cookie notices, sharing links.
const NOT_CONTENT =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
const CHROME_NAME = /cookie|consent|gdpr|banner|breadcrumb|share|social|navbar|menu|skip-?link|newsletter|related/i;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'address', 'figcaption', 'caption', 'center']);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };
type Element = Node & {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<Element & { remove(): void }>;
};

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

/** The lines of an HTML element's content, in reading order. */
export function htmlLines(root: Node): string[] {
  const lines: string[] = [];
  let inline = '';
  const flush = () => {
    const t = clean(inline);
    if (t) lines.push(t);
    inline = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toLowerCase();
      if (tag === 'br') {
        flush();
      } else if (/^h[1-6]$/.test(tag)) {
        flush();
        const t = clean(child.textContent);
        if (t) lines.push(t);
      } else if (tag === 'li') {
        flush();
        const nested = Array.from(child.childNodes).some((c) => /^(?:ul|ol)$/i.test(c.nodeName));
        if (nested) {
          // The item's own words, then its sub-list.
          const own = Array.from(child.childNodes).filter((c) => !/^(?:ul|ol)$/i.test(c.nodeName));
          const t = clean(own.map((c) => c.textContent).join(' '));
          if (t) lines.push(`• ${t}`);
          for (const c of Array.from(child.childNodes)) if (/^(?:ul|ol)$/i.test(c.nodeName)) walk(c);
        } else {
          const t = clean(child.textContent);
          if (t) lines.push(`• ${t}`);
        }
      } else if (tag === 'tr') {
        flush();
        const cells = Array.from(child.childNodes)
          .filter((c) => /^(?:td|th)$/i.test(c.nodeName))
          .map((c) => clean(c.textContent))
          .filter(Boolean);
        if (cells.length) lines.push(cells.join(CELL_GAP));
      } else if (tag === 'dt') {
        flush();
        const t = clean(child.textContent);
        if (t) lines.push(/[:?]$/.test(t) ? t : `${t}:`);
      } else if (tag === 'dd') {
        // A definition list is a fact box: "Projektägare:" then its value on the same line.
        const t = clean(child.textContent);
        if (t && lines.length && lines[lines.length - 1]!.endsWith(':') && !inline.trim()) lines[lines.length - 1] += ` ${t}`;
        else if (t) lines.push(t);
      } else if (tag === 'table' || tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'ul' || tag === 'ol' || tag === 'dl') {
        flush();
        walk(child);
        flush();
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/** Lines into pages of about a printed page each. */
export function paginate(lines: string[]): string[] {
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE).join('\n'));
  return pages;
}

function finish(format: DocumentFormat, lines: string[], title: string | null, maxPages: number): ParsedDocument {
  const letters = lines.join('').replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) throw new AppError('no_text');
  const pages = paginate(lines);
  if (pages.length > maxPages) throw new AppError('too_large', `The document runs to ${pages.length} pages; the limit is ${maxPages}.`);
  return { format, pages, info: { title: title || null, author: null, creator: null, producer: null } };
}

/** A web page's main content: Readability's article, or the page without its navigation, banners and footers. */
export function readHtml(html: string, maxPages: number): ParsedDocument {
  const { document } = parseHTML(html);
  const title = clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title);
  // Readability changes the document it reads; it reads a copy.
  const article = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  for (const el of Array.from((document as unknown as Element).querySelectorAll(NOT_CONTENT))) el.remove();
  for (const el of Array.from((document as unknown as Element).querySelectorAll('[class], [id]'))) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_NAME.test(name) && (el.textContent ?? '').length < 2000) el.remove();
  }
  const body = (document.querySelector('main') ?? document.querySelector('article') ?? document.body) as unknown as Node | null;
  const bodyLines = body ? htmlLines(body) : [];
  let lines = bodyLines;
  if (article?.content) {
    const fromArticle = htmlLines(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as Node);
    // Readability may drop a short page's fact box; its article is used when it keeps most of the content.
    const size = (ls: string[]) => ls.join(' ').length;
    if (size(fromArticle) >= 0.6 * size(bodyLines)) lines = fromArticle;
  }
  // The page's own heading first, when the content does not start with it.
  if (title && lines.length && !lines.slice(0, 3).some((l) => title.includes(l) || l.includes(title))) {
    const h1 = clean(document.querySelector('h1')?.textContent);
    if (h1 && !lines.slice(0, 3).includes(h1)) lines = [h1, ...lines];
  }
  return finish('html', lines, title || null, maxPages);
}

/** A Word document through mammoth: its headings, paragraphs, lists and tables as HTML, then as lines. */
export async function readDocx(bytes: Uint8Array, maxPages: number): Promise<ParsedDocument> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    throw new AppError('docx_corrupt', `The Word document could not be read: ${(err as Error)?.message ?? err}`, { cause: err });
  }
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  let title: string | null = null;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    title = clean(/<dc:title>([^<]*)<\/dc:title>/u.exec(core ?? '')?.[1]) || null;
  } catch {
    // The title is optional; the text was read.
  }
  return finish('docx', htmlLines(document.body as unknown as Node), title, maxPages);
}

// OpenDocument text elements, by their qualified names, as the HTML walker knows them.
const ODT_TAGS: Record<string, string> = {
  'text:h': 'h2',
  'text:p': 'p',
  'text:list': 'ul',
  'text:list-item': 'li',
  'table:table': 'table',
  'table:table-row': 'tr',
  'table:table-cell': 'td',
  'text:line-break': 'br',
  'text:tab': 'span',
  'text:s': 'span',
};

/** An OpenDocument text: content.xml's headings, paragraphs, lists and tables. */
export async function readOdt(bytes: Uint8Array, maxPages: number): Promise<ParsedDocument> {
  let xml: string | undefined;
  let meta: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('content.xml')?.async('string');
    meta = await zip.file('meta.xml')?.async('string');
  } catch (err) {
    throw new AppError('odt_corrupt', `The OpenDocument text could not be read: ${(err as Error)?.message ?? err}`, { cause: err });
  }
  if (!xml) throw new AppError('odt_corrupt', 'The OpenDocument text has no content.xml.');
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Node;
  // Rename the OpenDocument elements to their HTML kin, so one walker reads both.
  const html = (node: Node): string =>
    Array.from(node.childNodes)
      .map((c) => {
        if (c.nodeType === 3) return (c.textContent ?? '').replace(/[<&]/g, (ch) => (ch === '<' ? '&lt;' : '&amp;'));
        if (c.nodeType !== 1) return '';
        const tag = ODT_TAGS[c.nodeName] ?? 'span';
        if (tag === 'br') return '<br>';
        if (c.nodeName === 'text:s' || c.nodeName === 'text:tab') return ' ';
        return `<${tag}>${html(c)}</${tag}>`;
      })
      .join('');
  const body = parseHTML(`<html><body>${html(doc)}</body></html>`).document.body as unknown as Node;
  const title = clean(/<dc:title>([^<]*)<\/dc:title>/u.exec(meta ?? '')?.[1]) || null;
  return finish('odt', htmlLines(body), title, maxPages);
}

/** Plain text: pages at form feeds, else cut at about a printed page's length. */
export function readTxt(bytes: Uint8Array, maxPages: number): ParsedDocument {
  const text = decodeText(bytes);
  if (text === null) throw new AppError('unsupported_type', 'The file holds binary data, not text.');
  const byPage = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\f');
  const lines = (p: string) =>
    p
      .split('\n')
      .map((l) => l.replace(/[ \t]+$/u, ''))
      .filter((l) => l.trim());
  if (byPage.length > 1) {
    const pages = byPage.map((p) => lines(p).join('\n'));
    if (pages.join('').replace(/[^\p{L}]/gu, '').length < 20) throw new AppError('no_text');
    if (pages.length > maxPages) throw new AppError('too_large', `The text has ${pages.length} pages; the limit is ${maxPages}.`);
    return { format: 'txt', pages, info: { title: null, author: null, creator: null, producer: null } };
  }
  return finish('txt', lines(text), null, maxPages);
}
