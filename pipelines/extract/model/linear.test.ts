import { describe, expect, it } from 'vitest';
import { classify, predict, train } from './linear.js';

// Two kinds of toy documents told apart by their words, with a shared word that says nothing.
const examples = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['slutrapport', 'resultat', 'projektet', `x${i}`], label: 'final_report' })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['pressmeddelande', 'beviljar', 'projektet', `y${i}`], label: 'other' })),
];

describe('linear model', () => {
  it('learns which words tell the kinds apart', () => {
    const m = train(examples, 'toy');
    expect(classify(m, ['slutrapport', 'projektet']).label).toBe('final_report');
    expect(classify(m, ['beviljar', 'pressmeddelande']).label).toBe('other');
    expect(classify(m, ['slutrapport']).p).toBeGreaterThan(0.8);
  });

  it('is unsure where the evidence is mixed or absent, and its probabilities sum to one', () => {
    const m = train(examples, 'toy');
    const p = predict(m, ['projektet']);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Math.max(...p.values())).toBeLessThan(0.7);
    expect(classify(m, ['slutrapport', 'pressmeddelande']).p).toBeLessThan(0.7);
  });

  it('keeps no weight for a feature seen in only one training document, and trains the same weights twice', () => {
    const a = train(examples, 'toy');
    expect(a.weights.x3).toBeUndefined();
    expect(a.weights.slutrapport).toBeDefined();
    expect(train(examples, 'toy')).toEqual(a);
  });
});
