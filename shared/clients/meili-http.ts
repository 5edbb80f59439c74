/**
 * The HTTP client the Meilisearch client sends its requests with: node:http on kept-alive sockets. The global fetch
 * reads a large response body (a page of search hits, 100 kB and more) in small steps and waits on the socket
 * between them: about 45 ms a search on a local Meilisearch that answers in 3 ms (BENCHMARKS.md, "Search latency").
 * The answer is what the client's own fetch path gives: the parsed JSON body, a MeilisearchApiError for a status
 * other than 2xx, the signal's reason when the request is aborted (the client's timeout).
 */
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/** Sends one request as the Meilisearch client asks it and resolves with the parsed body. */
export function meiliHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  // The client passes a URL and a Headers object: used as they are, not parsed or copied again (the search path).
  const url = input instanceof URL ? input : new URL(input instanceof Request ? input.url : String(input));
  const body = init.body ?? undefined;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return Promise.reject(new TypeError('Only string and byte bodies are sent to Meilisearch.'));
  }
  const headers: Record<string, string> = {};
  (init.headers instanceof Headers ? init.headers : new Headers(init.headers)).forEach((v, k) => {
    headers[k] = v;
  });
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const signal = init.signal ?? undefined;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const req = transport.request(
      url,
      { method: init.method ?? 'GET', headers, agent: agents[url.protocol as keyof typeof agents] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (err) {
            return reject(err);
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve(parsed);
          const response = new Response(null, { status: status >= 200 ? status : 500, statusText: res.statusMessage ?? '' });
          reject(new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
        });
      },
    );
    const abort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : undefined);
    signal?.addEventListener('abort', () => {
      abort();
      reject(signal.reason);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The API error inside what the client throws: with a client of its own, the Meilisearch client wraps every error
 * the client raises in a MeilisearchRequestError, the API error as its cause.
 */
export function meiliApiError(err: unknown): MeilisearchApiError | null {
  if (err instanceof MeilisearchApiError) return err;
  if (err instanceof MeilisearchRequestError && err.cause instanceof MeilisearchApiError) return err.cause;
  return null;
}
