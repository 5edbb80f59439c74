import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Config } from '../../config/load-config.js';
import { AppError } from '../../shared/errors.js';

/** A link to a document's original, and when it stops working (null: a plain link, no key needed anyway). */
export interface OriginalLink {
  url: string;
  expiresAt: Date | null;
}

/** Gives links to originals; signed (expiry and HMAC) where read keys are configured, since a plain link sends no key. */
export interface LinkSigner {
  /** Whether links are signed (the server has read keys). */
  readonly signs: boolean;
  /** A function giving the link to a document's original, ready once the secret is known. */
  linker(): Promise<(documentId: string) => OriginalLink>;
  /** Checks a signed link's `expires` and `signature`: throws `link_invalid` (403) or `link_expired` (401). */
  verify(documentId: string, expires: unknown, signature: unknown): Promise<void>;
}

const originalPath = (documentId: string) => `/api/v1/documents/${documentId}/original`;

/**
 * The signer of links to originals. The secret is `LARDOM_LINK_SECRET`, or else one generated once and kept in Redis
 * (`<prefix>:link-secret`, set only if absent), so every API replica signs and accepts the same links. It is never the
 * Meilisearch master key or an API key (the configuration refuses that).
 */
export function createLinkSigner(config: Readonly<Config>, redis: Redis, now: () => number = Date.now): LinkSigner {
  const signs = config.readKeys.length > 0;
  let secret: Promise<Buffer> | null = null;
  const key = `${config.queuePrefix}:link-secret`;
  const loadSecret = (): Promise<Buffer> => {
    if (config.linkSecret) return Promise.resolve(Buffer.from(config.linkSecret));
    secret ??= (async () => {
      await redis.set(key, randomBytes(32).toString('base64url'), 'NX');
      const stored = await redis.get(key);
      if (!stored) throw new AppError('service_unavailable', 'The link secret cannot be read from Redis.');
      return Buffer.from(stored);
    })().catch((err) => {
      secret = null;
      throw err;
    });
    return secret;
  };
  const mac = (s: Buffer, documentId: string, expires: number) =>
    createHmac('sha256', s).update(`original\n${documentId}\n${expires}`).digest();

  return {
    signs,
    async linker() {
      if (!signs) return (documentId) => ({ url: originalPath(documentId), expiresAt: null });
      const s = await loadSecret();
      return (documentId) => {
        const expires = Math.floor(now() / 1000) + config.linkTtlSeconds;
        const signature = mac(s, documentId, expires).toString('base64url');
        return { url: `${originalPath(documentId)}?expires=${expires}&signature=${signature}`, expiresAt: new Date(expires * 1000) };
      };
    },
    async verify(documentId, expires, signature) {
      if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string') {
        throw new AppError('link_invalid', 'The link to the original is incomplete: it needs "expires" and "signature".');
      }
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(await loadSecret(), documentId, Number(expires));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new AppError('link_invalid', 'The link to the original was not signed by this server, or was changed.');
      }
      if (Number(expires) * 1000 <= now()) throw new AppError('link_expired', 'The link to the original has expired.');
    },
  };
}
