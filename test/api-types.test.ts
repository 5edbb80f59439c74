import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from './tools/gen-api-types.js';

describe("the web page's generated API types", () => {
  it('are what `npm run gen:api` writes from the current OpenAPI document (run it after changing an API schema)', async () => {
    const committed = await fs.readFile(API_TYPES_FILE, 'utf8');
    expect(committed).toBe(await apiTypesSource());
  });
});
