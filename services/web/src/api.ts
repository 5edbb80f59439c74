import { settings } from './settings';

/** An error the API answered with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function headers(write = false): Record<string, string> {
  const key = write ? settings.writeKey() : settings.readKey() || settings.writeKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'internal', body?.error?.message ?? res.statusText);
  return body as T;
}

/** GET a JSON resource of the public API. */
export async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const res = await fetch(`/api/v1${path}${params && [...params].length ? `?${params}` : ''}`, { headers: headers() });
  return parse<T>(res);
}

/**
 * GETs a file of the API (an export) with the read key, as the browser's download would but able to send
 * the key: the whole file as a Blob, and the name the API gives it. An error answer throws its code.
 */
export async function download(path: string, params: URLSearchParams): Promise<{ blob: Blob; name: string }> {
  const res = await fetch(`/api/v1${path}?${params}`, { headers: headers() });
  if (!res.ok) await parse(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'lardom-export';
  return { blob: await res.blob(), name };
}

/** The address of a document's original, at a page when one is given (a browser's PDF viewer opens there). */
export function originalUrl(id: string, page?: number | null): string {
  return `/api/v1/documents/${id}/original${page ? `#page=${page}` : ''}`;
}

/** Sends a JSON body with the write key. */
export async function send<T>(method: 'PATCH' | 'DELETE' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: { ...headers(true), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return parse<T>(res);
}

/**
 * Opens a session for the queue dashboard: the admin key goes to the server once, which answers with an HttpOnly,
 * SameSite=Strict cookie for /admin/queues; the page never keeps the admin key.
 */
export async function startDashboardSession(adminKey: string): Promise<{ dashboard: string }> {
  const res = await fetch('/api/v1/admin/session', { method: 'POST', headers: { authorization: `Bearer ${adminKey}` } });
  return parse(res);
}

/** Uploads one report (PDF, Word, OpenDocument, web page or text) with the write key. */
export async function upload(file: File): Promise<{ id: string; status: string; duplicate: boolean }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch('/api/v1/documents', { method: 'POST', headers: headers(true), body: form });
  return parse(res);
}

export interface Period {
  start: string | null;
  end: string | null;
  months?: number | null;
}
export interface Report {
  id: string;
  projectName: string | null;
  documentType: string;
  language: string;
  owner: string | null;
  diaryNumber: string | null;
  county: string | null;
  municipalities: string[];
  period: Period;
  budget: { totalSek: number | null; grantedSek: number | null };
  funders: string[];
  programme: string | null;
  projectManager: string | null;
  themes: string[];
  summary: string | null;
  lessonsLearned: string[];
  correctedFields: string[];
  highlight?: { projectName: string | null; owner: string | null; summary: string | null; lessonsLearned: string[] };
}
export interface LessonHit {
  id: string;
  text: string;
  position: number;
  /** The page of the report the lessons were read from, when known. */
  page?: number | null;
  highlight: { text: string; projectName: string | null; owner: string | null };
  report: {
    id: string;
    projectName: string | null;
    owner: string | null;
    county: string | null;
    municipalities: string[];
    period: Period;
    documentType: string;
    themes: string[];
  };
}
export interface Results<T> {
  hits: T[];
  total: number;
  limit: number;
  offset: number;
  /** With a page asked for: the page answered and how many there are (the total is then exact). */
  page?: number;
  totalPages?: number;
  facets?: Record<string, Record<string, number>>;
}
