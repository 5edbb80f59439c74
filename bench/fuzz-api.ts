/**
 * Fuzzed API requests: random parameters, methods, bodies, multipart parts, headers, path traversal,
 * filter-injection strings and huge values, from a seeded generator (the same seed, the same requests).
 * Every answer must be a proper one: no 5xx, no hang, and no escape (a file outside the archive, a secret).
 */

/** A small seeded generator (mulberry32), so a failing request can be made again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  '',
  ' ',
  "' OR 1=1 --",
  '" OR id EXISTS',
  'county = "Dalarnas län" OR 1 = 1',
  '\\',
  '\\"',
  '%00',
  '\u0000',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as written
  '${7*7}',
  '{{7*7}}',
  'NaN',
  '-1',
  '1e309',
  '99999999999999999999999',
  'true',
  '[]',
  '{}',
  'ÅÄÖåäö',
  '🙂',
  'a'.repeat(10_000),
  'x'.repeat(200_000),
  '2015-13-45',
  'budget:desc,start:asc',
  'county,theme,year,owner,bogus',
  'xlsx',
  'jsonl',
  'lessons',
  'comma',
];
const PATHS = [
  '/api/v1/search',
  '/api/v1/lessons',
  '/api/v1/export',
  '/api/v1/export.jsonl',
  '/api/v1/compare',
  '/api/v1/batch-search',
  '/api/v1/documents',
  '/api/v1/documents/{id}',
  '/api/v1/documents/{id}/original',
  '/api/v1/documents/{id}/record',
  '/api/v1/documents/{id}/retry',
  '/api/v1/projects/{id}/similar',
  '/api/v1/admin/stats',
  '/api/v1/admin/session',
  '/admin/queues',
  '/admin/queues/api/queues',
  '/metrics',
  '/api/v1/openapi.json',
  '/health',
  '/reports/{id}',
  '/{junk}',
];
const PARAMS = [
  'q',
  'owner',
  'county',
  'municipality',
  'documentType',
  'theme',
  'programme',
  'yearFrom',
  'yearTo',
  'activeFrom',
  'activeTo',
  'budgetMin',
  'budgetMax',
  'facets',
  'sort',
  'format',
  'index',
  'delimiter',
  'bom',
  'limit',
  'offset',
  'ids',
  'filter',
  '__proto__',
  'constructor',
];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS', 'HEAD'];

export interface FuzzResult {
  requests: number;
  byStatus: Record<string, number>;
  /** Requests answered 5xx, with what was sent. */
  serverErrors: string[];
  hangs: string[];
  escapes: string[];
}

/** Sends `n` fuzzed requests to the API at `baseUrl` (some with the write key) and judges every answer. */
export async function fuzzApi(
  baseUrl: string,
  opts: { n: number; seed: number; apiKey: string; secrets: string[]; knownId?: string },
): Promise<FuzzResult> {
  const r = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const value = () => (r() < 0.6 ? pick(NASTY) : String(Math.floor(r() * 1e6) - 1000));
  const id = () =>
    pick(
      [opts.knownId ?? 'a'.repeat(64), `${opts.knownId ?? 'b'.repeat(64)}-3`, 'f'.repeat(64), ...NASTY.slice(0, 16)].map((x) =>
        encodeURIComponent(x),
      ),
    );
  const result: FuzzResult = { requests: 0, byStatus: {}, serverErrors: [], hangs: [], escapes: [] };
  // Header values as HTTP can carry them (visible ASCII); anything else a client cannot send at all.
  const hv = (v: string) => v.replace(/[^\x21-\x7e ]/g, '?').trim() || 'x';
  for (let i = 0; i < opts.n; i++) {
    const method = pick(METHODS);
    const path = pick(PATHS).replace('{id}', id()).replace('{junk}', encodeURIComponent(value()).slice(0, 300));
    const params = new URLSearchParams();
    for (let k = Math.floor(r() * 5); k > 0; k--) params.append(pick(PARAMS), value());
    const headers: Record<string, string> = {};
    if (r() < 0.5) headers.authorization = `Bearer ${r() < 0.7 ? opts.apiKey : hv(value().slice(0, 200))}`;
    if (r() < 0.1) headers['x-forwarded-for'] = hv(value().slice(0, 100));
    let body: FormData | string | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const kind = r();
      if (kind < 0.3) {
        const form = new FormData();
        for (let k = Math.floor(r() * 3); k >= 0; k--) {
          const bytes = new Uint8Array(Math.floor(r() * 4096));
          for (let b = 0; b < bytes.length; b++) bytes[b] = Math.floor(r() * 256);
          if (r() < 0.3 && bytes.length >= 9) bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
          form.append(r() < 0.8 ? 'file' : value().slice(0, 50), new Blob([bytes]), value().slice(0, 300) || 'x.pdf');
        }
        body = form;
      } else if (kind < 0.5) {
        // Multipart by hand: broken boundaries, headers without colons, parts cut off.
        const boundary = r() < 0.5 ? 'x' : hv(value().slice(0, 70));
        headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
        body = pick([
          `--${boundary}\r\nContent-Disposition form-data\r\n\r\nabc\r\n--${boundary}--`,
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${value().slice(0, 100)}"\r\n\r\n%PDF-1.4`,
          `--${boundary}--`,
          `${value()}\r\n--${boundary}`,
        ]);
      } else if (kind < 0.8) {
        headers['content-type'] = 'application/json';
        body = pick([
          JSON.stringify({ owner: value(), period: { start: value() }, lessonsLearned: [value()] }),
          JSON.stringify({ queries: [{ q: value(), county: value(), index: value() }] }),
          JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
          '{"owner": ',
          JSON.stringify(value()),
          '[]'.repeat(1000),
        ]);
      } else {
        headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', hv(value().slice(0, 100))]);
        body = value();
      }
    }
    const url = `${baseUrl}${path}${[...params].length ? `?${params}` : ''}`;
    const what = `${method} ${url.slice(0, 300)}`;
    result.requests++;
    try {
      const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(15_000) });
      const text = method === 'HEAD' ? '' : await res.text();
      result.byStatus[res.status] = (result.byStatus[res.status] ?? 0) + 1;
      if (res.status >= 500) result.serverErrors.push(`${res.status} ${what} → ${text.slice(0, 200)}`);
      if (/root:x:0:0|\/bin\/(?:ba)?sh/.test(text) || opts.secrets.some((s) => s && text.includes(s))) result.escapes.push(what);
    } catch (err) {
      const name = (err as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') result.hangs.push(what);
      // Node's HTTP server refuses a request line and headers over its 16 kB limit (431) and closes the
      // connection; a client still sending its body sees the close. A refusal, not a server error.
      else if (url.length + JSON.stringify(headers).length > 16 * 1024)
        result.byStatus['closed: headers over the limit'] = (result.byStatus['closed: headers over the limit'] ?? 0) + 1;
      else result.serverErrors.push(`${(err as Error).message} ${what}`);
    }
  }
  return result;
}
