import type { components } from './api-types.gen';
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

/**
 * The address of a document's original, at a page when one is given (a browser's PDF viewer opens there). `url` is the
 * link the API gave (signed where reads need a key, so a plain link opens it); the plain address otherwise.
 */
export function originalUrl(id: string, page?: number | null, url?: string): string {
  return `${url ?? `/api/v1/documents/${id}/original`}${page ? `#page=${page}` : ''}`;
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
export async function startDashboardSession(adminKey: string): Promise<AdminSession> {
  const res = await fetch('/api/v1/admin/session', { method: 'POST', headers: { authorization: `Bearer ${adminKey}` } });
  return parse(res);
}

/** Uploads one report (PDF, Word, OpenDocument, web page or text) with the write key. */
export async function upload(file: File): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch('/api/v1/documents', { method: 'POST', headers: headers(true), body: form });
  return parse(res);
}

// The API's bodies, generated from its OpenAPI document (npm run gen:api), which its zod schemas generate.
type Schemas = components['schemas'];
export type Report = Schemas['Report'];
export type ReportHit = Schemas['ReportHit'];
export type LessonHit = Schemas['LessonHit'];
export type ReportResults = Schemas['ReportResults'];
export type LessonResults = Schemas['LessonResults'];
export type DocumentState = Schemas['DocumentState'];
export type Provenance = Schemas['Provenance'];
export type SimilarHit = Schemas['SimilarHit'];
export type SimilarResults = Schemas['SimilarResults'];
export type CompareResult = Schemas['CompareResult'];
export type FacetValues = Schemas['FacetValues'];
export type UploadResult = Schemas['UploadResult'];
export type AdminSession = Schemas['AdminSession'];
export type LessonGroups = Schemas['LessonGroups'];
export type LessonGroup = Schemas['LessonGroup'];
export type ReportLessonGroups = Schemas['ReportLessonGroups'];
