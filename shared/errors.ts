/**
 * Stable error codes. Clients and the UI switch on these; never rename one.
 * Input errors are permanent (retrying cannot help); the rest are transient or internal.
 */
export const ERROR_CODES = {
  empty_file: { httpStatus: 422, retryable: false, message: 'The file is empty (0 bytes).' },
  not_pdf: { httpStatus: 415, retryable: false, message: 'The file is not a PDF.' },
  pdf_corrupt: { httpStatus: 422, retryable: false, message: 'The PDF is damaged or incomplete and cannot be read.' },
  pdf_encrypted: { httpStatus: 422, retryable: false, message: 'The PDF is protected by a password.' },
  unsupported_type: {
    httpStatus: 415,
    retryable: false,
    message: 'The file is of a kind that cannot be read (PDF, Word .docx, OpenDocument .odt, web page or plain text are).',
  },
  docx_corrupt: { httpStatus: 422, retryable: false, message: 'The Word document is damaged or incomplete and cannot be read.' },
  odt_corrupt: { httpStatus: 422, retryable: false, message: 'The OpenDocument text is damaged or incomplete and cannot be read.' },
  no_text: { httpStatus: 422, retryable: false, message: 'The document holds no readable text.' },
  no_text_layer: {
    httpStatus: 422,
    retryable: false,
    message: 'The PDF has no text layer (a scan without OCR); there is no text to read.',
  },
  too_large: { httpStatus: 413, retryable: false, message: 'The file is larger than the configured limit.' },
  timeout: { httpStatus: 422, retryable: false, message: 'Reading the PDF took longer than the configured limit.' },
  bad_request: { httpStatus: 400, retryable: false, message: 'The request is invalid.' },
  unauthorized: { httpStatus: 401, retryable: false, message: 'A valid API key is required.' },
  forbidden: { httpStatus: 403, retryable: false, message: 'This key may not do that.' },
  link_expired: { httpStatus: 401, retryable: false, message: 'This link to the original has expired; ask for a new one.' },
  link_invalid: { httpStatus: 403, retryable: false, message: 'This link to the original is not one the server signed.' },
  conflict: { httpStatus: 409, retryable: false, message: 'The document is not in a state that allows this now.' },
  rate_limited: { httpStatus: 429, retryable: true, message: 'Too many requests; slow down.' },
  not_found: { httpStatus: 404, retryable: false, message: 'Not found.' },
  service_unavailable: { httpStatus: 503, retryable: true, message: 'A backing service is unavailable.' },
  disk_full: { httpStatus: 507, retryable: true, message: 'The data disk is full; nothing was stored. Try again once space is freed.' },
  internal: { httpStatus: 500, retryable: true, message: 'Internal error.' },
} as const;

/** One of the stable error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes that describe a bad input document: processing it again cannot succeed. */
export const DOCUMENT_ERROR_CODES = [
  'empty_file',
  'not_pdf',
  'unsupported_type',
  'docx_corrupt',
  'odt_corrupt',
  'no_text',
  'pdf_corrupt',
  'pdf_encrypted',
  'no_text_layer',
  'too_large',
  'timeout',
] as const satisfies readonly ErrorCode[];
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/** The single error type of the application: a stable code, an HTTP status and whether a retry can help. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message ?? ERROR_CODES[code].message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.httpStatus = ERROR_CODES[code].httpStatus;
    this.retryable = ERROR_CODES[code].retryable;
    this.details = options?.details;
  }

  /** The JSON shape every API error uses. */
  toJSON(): { error: { code: ErrorCode; message: string; details?: Record<string, unknown> } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/**
 * A full disk, wherever it shows: a write of our own (ENOSPC, EDQUOT), Redis refusing writes because it cannot
 * append to its file, or Meilisearch out of space. Null for anything else.
 */
export function diskFullError(err: unknown): AppError | null {
  if (err instanceof AppError) return err.code === 'disk_full' ? err : null;
  const code = (err as NodeJS.ErrnoException)?.code;
  const message = String((err as Error)?.message ?? '');
  if (code === 'ENOSPC' || code === 'EDQUOT' || /No space left on device|no_space_left_on_device|MISCONF/i.test(message)) {
    return new AppError('disk_full', undefined, { cause: err });
  }
  return null;
}

/** True for the codes that mean "this document can never be processed". */
export function isDocumentErrorCode(code: string): code is DocumentErrorCode {
  return (DOCUMENT_ERROR_CODES as readonly string[]).includes(code);
}
