import { describe, expect, it } from 'vitest';
import { firstHit } from './engine.js';
import { ALL_RULES } from './index.js';

// One test for every rule table: each row catches the phrases it says it catches, with their values, and
// leaves alone the phrases it says it leaves alone.
describe('rule tables', () => {
  it('have unique ids, and every row has an example', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) expect(r.says.length, r.id).toBeGreaterThan(0);
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it.each(rule.says.map(([phrase, value]) => [phrase, value] as const))('says %s', (phrase, value) => {
        expect(firstHit(rule, phrase)?.value ?? null).toEqual(value);
      });
      if (rule.not?.length) {
        it.each(rule.not.map((p) => [p] as const))('leaves alone %s', (phrase) => {
          expect(firstHit(rule, phrase)?.value ?? null).toBeNull();
        });
      }
    });
  }
});
