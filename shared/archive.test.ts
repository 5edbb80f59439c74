import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from './archive.js';

describe('staging an upload', () => {
  let dir: string;
  let archive: Archive;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-archive-'));
    archive = new Archive(dir);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('leaves nothing in the incoming folder when the body breaks off before the file is open', async () => {
    // A multipart body cut off right after its first bytes: the source fails in the same turn as it sends them,
    // before the staged file's open has finished. Whether the open or the removal runs first is up to the file
    // system's threads, so the break is repeated.
    for (let i = 0; i < 1000; i++) {
      let sent = false;
      const source = new Readable({
        read() {
          if (sent) return;
          sent = true;
          this.push(Buffer.from('%PDF-1.4'));
          process.nextTick(() => this.destroy(new Error('Unexpected end of form')));
        },
      });
      await expect(archive.stage(source, 1024)).rejects.toThrow('Unexpected end of form');
    }
    expect(await fs.readdir(archive.incoming)).toEqual([]);
  });

  it('leaves nothing when the file is over the limit, and keeps a whole one', async () => {
    await expect(archive.stage(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1000)).rejects.toMatchObject({ code: 'too_large' });
    expect(await fs.readdir(archive.incoming)).toEqual([]);
    const staged = await archive.stage(Readable.from([Buffer.from('%PDF-1.4 whole')]), 1000);
    expect(staged.size).toBe(14);
    expect(await fs.readdir(archive.incoming)).toEqual([path.basename(staged.path)]);
  });
});
