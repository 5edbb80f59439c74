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

  it('averaged, learns the same kinds, and its weights move less when the examples come in another order', () => {
    // Noisy examples: words a, b, c lean to one kind and d, e, f to the other; a fifth of the labels go against them.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const noisy = Array.from({ length: 400 }, () => {
      const words = ['a', 'b', 'c', 'd', 'e', 'f'].filter(() => rnd() < 0.5);
      const lean = words.filter((w) => 'abc'.includes(w)).length - words.filter((w) => 'def'.includes(w)).length;
      return { features: words, label: lean >= 0 !== rnd() < 0.2 ? 'final_report' : 'other' };
    });
    const reversed = [...noisy].reverse();
    const plain = [train(noisy, 'toy', { epochs: 10 }), train(reversed, 'toy', { epochs: 10 })];
    const avg = [train(noisy, 'toy', { epochs: 10, average: true }), train(reversed, 'toy', { epochs: 10, average: true })];
    expect(classify(avg[0]!, ['a', 'b', 'c']).label).toBe('final_report');
    expect(classify(avg[0]!, ['d', 'e', 'f']).label).toBe('other');
    const moved = (m: typeof plain) =>
      Object.keys(m[0]!.weights).reduce((t, f) => t + Math.abs((m[0]!.weights[f]?.[0] ?? 0) - (m[1]!.weights[f]?.[0] ?? 0)), 0);
    expect(moved(avg)).toBeLessThan(moved(plain));
  });
});
