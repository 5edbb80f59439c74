/**
 * A multinomial logistic regression over binary features: the classifier behind the fields that a whole
 * document decides (its kind). Trained offline from the labelled real texts (`npm run train:document-type`),
 * kept as a JSON table of weights; prediction is a sum of the weights of the features present, so its cost is
 * linear in the number of features.
 */

export interface LinearModel {
  /** What the model is and how it was made (shown by --why and the training tool). */
  about: string;
  labels: string[];
  bias: number[];
  /** Feature → one weight per label. */
  weights: Record<string, number[]>;
}

export interface TrainingExample {
  features: string[];
  label: string;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Return the mean of the weights over the second half of the epochs (averaged SGD). */
  average?: boolean;
  /** Features seen in fewer training documents are left out. */
  minDocs?: number;
  /** Weights smaller than this are dropped from the table (0 keeps all). */
  prune?: number;
  seed?: number;
}

/** Class probabilities for a document's features. */
export function predict(model: LinearModel, features: Iterable<string>): Map<string, number> {
  const z = [...model.bias];
  for (const f of new Set(features)) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return new Map(model.labels.map((l, k) => [l, e[k]! / sum]));
}

/** The most probable label and its probability. */
export function classify(model: LinearModel, features: Iterable<string>): { label: string; p: number } {
  let best = { label: model.labels[0]!, p: -1 };
  for (const [label, p] of predict(model, features)) if (p > best.p) best = { label, p };
  return best;
}

/**
 * Stochastic gradient descent on the cross-entropy with L2, examples in a seeded order: the same examples
 * and options give the same weights.
 */
export function train(examples: TrainingExample[], about: string, opts: TrainOptions = {}): LinearModel {
  const { epochs = 30, rate = 0.1, l2 = 1e-4, minDocs = 2, prune = 0.002, seed = 1, average = false } = opts;
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const L = labels.length;
  const docFreq = new Map<string, number>();
  const sets = examples.map((e) => {
    const f = [...new Set(e.features)];
    for (const x of f) docFreq.set(x, (docFreq.get(x) ?? 0) + 1);
    return f;
  });
  // Each kept feature is a number and its weights a row of one flat array: the descent below touches only rows
  // of numbers (a map looked up for every feature and label made the trainings of the held-out figures slow).
  // The sums are taken in the same order as over a map of rows, so the weights are the same to the last bit.
  const names: string[] = [];
  const ids = new Map<string, number>();
  const xs = sets.map((f, i) => {
    const kept = f.filter((x) => (docFreq.get(x) ?? 0) >= minDocs).sort();
    const row = new Int32Array(kept.length);
    kept.forEach((x, j) => {
      let id = ids.get(x);
      if (id === undefined) {
        id = names.length;
        ids.set(x, id);
        names.push(x);
      }
      row[j] = id;
    });
    return { f: row, y: labels.indexOf(examples[i]!.label) };
  });
  const weights = new Float64Array(names.length * L);
  const bias = labels.map(() => 0);
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  // With `average`, the weights returned are the mean of those at the end of each epoch of the second half
  // (averaged stochastic gradient descent): the order the examples come in moves them far less.
  const sums = new Float64Array(weights.length);
  const biasSum = labels.map(() => 0);
  let averaged = 0;
  const z = new Float64Array(L);
  const e = new Float64Array(L);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    const step = rate / (1 + epoch * 0.1);
    for (const x of xs) {
      const f = x.f;
      for (let k = 0; k < L; k++) z[k] = bias[k]!;
      for (let j = 0; j < f.length; j++) {
        const o = f[j]! * L;
        for (let k = 0; k < L; k++) z[k]! += weights[o + k]!;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < L; k++) if (z[k]! > max) max = z[k]!;
      let sum = 0;
      for (let k = 0; k < L; k++) {
        e[k] = Math.exp(z[k]! - max);
        sum += e[k]!;
      }
      const scale = 1 / Math.sqrt(f.length || 1);
      for (let k = 0; k < L; k++) {
        const g = e[k]! / sum - (k === x.y ? 1 : 0);
        bias[k]! -= step * g;
        for (let j = 0; j < f.length; j++) {
          const o = f[j]! * L + k;
          weights[o]! -= step * (g * scale + l2 * weights[o]!);
        }
      }
    }
    if (average && epoch >= Math.floor(epochs / 2)) {
      averaged++;
      for (let i = 0; i < weights.length; i++) sums[i]! += weights[i]!;
      for (let k = 0; k < L; k++) biasSum[k]! += bias[k]!;
    }
  }
  if (average && averaged) {
    for (let i = 0; i < weights.length; i++) weights[i] = sums[i]! / averaged;
    for (let k = 0; k < L; k++) bias[k] = biasSum[k]! / averaged;
  }
  const round = (v: number) => Math.round(v * 10000) / 10000 || 0; // never -0
  const table: Record<string, number[]> = {};
  // A feature gets a row once an example with it is read: with no epoch there is none.
  const order = epochs > 0 ? names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1)) : [];
  for (const i of order) {
    const v = [...weights.subarray(i * L, (i + 1) * L)];
    if (v.some((x) => Math.abs(x) >= prune)) table[names[i]!] = v.map(round);
  }
  return { about, labels, bias: bias.map(round), weights: table };
}

/**
 * The model as its JSON file holds it: one feature a line, as the formatter writes JSON, so that a retrained model's
 * diff shows which weights moved.
 */
export function formatModel(model: LinearModel): string {
  const list = (v: number[]) => `[${v.join(', ')}]`;
  const lines = Object.entries(model.weights).map(([f, v]) => `    ${JSON.stringify(f)}: ${list(v)}`);
  const head = `  "about": ${JSON.stringify(model.about)},\n  "labels": [${model.labels.map((l) => JSON.stringify(l)).join(', ')}],\n  "bias": ${list(model.bias)},`;
  return `{\n${head}\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
