#!/usr/bin/env node
// Writes the built-in datasets to public/datasets/ (CSV, label in the last column) and the index the
// app reads. Seeded, so running it again gives the same files: `node scripts/make-datasets.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'datasets');
const LICENCE = 'CC0-1.0';

// mulberry32: small, seeded, good enough for example data (the app's own PRNG lives in src/core).
function createRandom(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const uniform = (lo, hi) => lo + (hi - lo) * next();
  const normal = () => {
    let u = 0;
    while (u === 0) u = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, uniform, normal };
}

const round = (v, decimals) => Number(v.toFixed(decimals));

function gaussian(random, count, [cx, cy], [sx, sy], decimals) {
  return Array.from({ length: count }, () => [
    round(cx + sx * random.normal(), decimals),
    round(cy + sy * random.normal(), decimals),
  ]);
}

function labelled(rows, label) {
  return rows.map((row) => [...row, label]);
}

function fraudWalkthrough() {
  const random = createRandom(1);
  // Rows 0-3 are the worked example (time in minutes after midnight); the other fraud rows sit
  // far away, around 1 am, and legitimate ones in the morning, so the example fills the plot.
  const fraud = [
    [120, 280],
    [160, 230],
    [190, 300],
    [140, 190],
    [300, 60],
    [330, 95],
    [280, 40],
    [345, 50],
  ];
  const legitimate = Array.from({ length: 40 }, () => [
    Math.round(random.uniform(20, 330)),
    Math.round(random.uniform(330, 640)),
  ]);
  return [...labelled(fraud, 'fraud'), ...labelled(legitimate, 'legitimate')];
}

function twoPoints() {
  const minority = [
    [2, 4],
    [4, 8],
  ];
  const majority = [
    [1, 7],
    [5, 3],
    [6, 7],
    [3, 10],
    [7, 2],
    [8, 8],
  ];
  return [...labelled(minority, 'minority'), ...labelled(majority, 'majority')];
}

function customer() {
  const random = createRandom(2);
  const churned = [
    [10, 80],
    [14, 100],
    [22, 60],
    [6, 110],
    [18, 120],
    [25, 95],
  ];
  const stayed = Array.from({ length: 30 }, () => [
    Math.round(random.uniform(12, 40)),
    Math.round(random.uniform(30, 200)),
  ]);
  return [...labelled(churned, 'churned'), ...labelled(stayed, 'stayed')];
}

function loanDefault() {
  const random = createRandom(3);
  const defaulted = [
    [30000, 15000, 25],
    [35000, 20000, 30],
    [42000, 12000, 45],
    [26000, 24000, 52],
    [48000, 30000, 38],
    [22000, 8000, 60],
  ];
  const repaid = Array.from({ length: 40 }, () => [
    Math.round(random.uniform(25000, 120000) / 500) * 500,
    Math.round(random.uniform(2000, 40000) / 500) * 500,
    Math.round(random.uniform(21, 70)),
  ]);
  return [...labelled(defaulted, 'default'), ...labelled(repaid, 'repaid')];
}

function moons() {
  const random = createRandom(4);
  const moon = (count, upper) =>
    Array.from({ length: count }, () => {
      const t = Math.PI * random.next();
      const x = upper ? Math.cos(t) : 1 - Math.cos(t);
      const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
      return [round(x + 0.1 * random.normal(), 3), round(y + 0.1 * random.normal(), 3)];
    });
  return [...labelled(moon(300, true), 'majority'), ...labelled(moon(30, false), 'minority')];
}

function splitMinority() {
  const random = createRandom(5);
  const majority = gaussian(random, 300, [0, 0], [1.1, 1.1], 3);
  const left = gaussian(random, 12, [-3.2, 0.3], [0.35, 0.35], 3);
  const right = gaussian(random, 14, [3.2, -0.3], [0.35, 0.35], 3);
  return [...labelled(majority, 'majority'), ...labelled([...left, ...right], 'minority')];
}

function overlapNoisy() {
  const random = createRandom(6);
  const majority = gaussian(random, 400, [0, 0], [1.2, 1.2], 3);
  const minority = gaussian(random, 40, [1.6, 1.2], [0.8, 0.8], 3);
  const noise = gaussian(random, 6, [-1.8, -1.3], [0.4, 0.4], 3);
  return [...labelled(majority, 'majority'), ...labelled([...minority, ...noise], 'minority')];
}

function large() {
  const random = createRandom(7);
  const majority = [
    ...gaussian(random, 16000, [-2, 0], [1.2, 1.5], 3),
    ...gaussian(random, 14000, [3, 1], [1.4, 1.1], 3),
    ...gaussian(random, 9200, [0.5, 4], [1.8, 0.9], 3),
  ];
  const minority = [
    ...gaussian(random, 450, [0.8, -1.5], [0.5, 0.5], 3),
    ...gaussian(random, 350, [5.5, 4], [0.6, 0.6], 3),
  ];
  return [...labelled(majority, 'majority'), ...labelled(minority, 'minority')];
}

function weightedPick(random, options) {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let u = random.next() * total;
  for (const [value, weight] of options) {
    u -= weight;
    if (u < 0) return value;
  }
  return options[options.length - 1][0];
}

function subscriptionsMixed() {
  const random = createRandom(8);
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const row = (fee, tenure, contracts, payments) => [
    Math.round(clamp(fee, 15, 130)),
    Math.round(tenure),
    weightedPick(random, contracts),
    weightedPick(random, payments),
  ];
  // Cancellations cluster in short monthly contracts paid by voucher; the rest is spread out.
  const stayed = Array.from({ length: 90 }, () =>
    row(
      60 + 20 * random.normal(),
      random.uniform(6, 72),
      [
        ['monthly', 3],
        ['yearly', 4],
        ['two-year', 3],
      ],
      [
        ['card', 4],
        ['bank', 4.5],
        ['voucher', 1.5],
      ],
    ),
  );
  const cancelled = Array.from({ length: 14 }, () =>
    row(
      88 + 14 * random.normal(),
      random.uniform(1, 18),
      [
        ['monthly', 8],
        ['yearly', 2],
      ],
      [
        ['voucher', 4.5],
        ['card', 4],
        ['bank', 1.5],
      ],
    ),
  );
  return [...labelled(stayed, 'stayed'), ...labelled(cancelled, 'cancelled')];
}

function highDimensional() {
  const random = createRandom(9);
  // The minority lives in three tight groups told apart only by f3..f10; f1 and f2, the axes on
  // screen, are plain noise, so neighbours found in ten dimensions land anywhere in the view.
  const centres = Array.from({ length: 3 }, () =>
    Array.from({ length: 8 }, () => round(random.uniform(-4, 4), 1)),
  );
  const minority = Array.from({ length: 24 }, (_, i) => [
    round(2 * random.normal(), 3),
    round(2 * random.normal(), 3),
    ...centres[i % 3].map((c) => round(c + 0.3 * random.normal(), 3)),
  ]);
  const majority = Array.from({ length: 200 }, () =>
    Array.from({ length: 10 }, () => round(2.5 * random.normal(), 3)),
  );
  return [...labelled(majority, 'majority'), ...labelled(minority, 'minority')];
}

function tinyMinority() {
  const random = createRandom(10);
  const minority = gaussian(random, 4, [2, 2], [0.5, 0.5], 2);
  const majority = gaussian(random, 40, [0, 0], [1.2, 1.2], 2);
  return [...labelled(minority, 'minority'), ...labelled(majority, 'majority')];
}

function subscriptionsOneHot() {
  const random = createRandom(11);
  const contracts = ['monthly', 'yearly', 'two-year'];
  // The contract as three 0/1 columns, as a one-hot encoder writes it before a numeric sampler.
  const row = (fee, tenure, weights) => {
    const contract = weightedPick(
      random,
      contracts.map((c, i) => [c, weights[i]]),
    );
    return [
      Math.round(Math.min(130, Math.max(15, fee))),
      Math.round(tenure),
      ...contracts.map((c) => (c === contract ? 1 : 0)),
    ];
  };
  const stayed = Array.from({ length: 90 }, () =>
    row(60 + 20 * random.normal(), random.uniform(6, 72), [3, 4, 3]),
  );
  const cancelled = Array.from({ length: 14 }, () =>
    row(88 + 14 * random.normal(), random.uniform(1, 18), [6, 3, 1]),
  );
  return [...labelled(stayed, 'stayed'), ...labelled(cancelled, 'cancelled')];
}

function wildlyScaled() {
  const random = createRandom(12);
  // Credit utilisation is a share (0..1), the balance is in euros (0..10,000): unscaled, only the
  // balance decides who is near whom, and the two minority groups look like one.
  const point = (utilisation, spread) => [
    round(Math.min(1, Math.max(0, utilisation + spread * random.normal())), 3),
    Math.round(random.uniform(0, 10000)),
  ];
  const low = Array.from({ length: 12 }, () => point(0.1, 0.03));
  const high = Array.from({ length: 12 }, () => point(0.9, 0.03));
  const majority = Array.from({ length: 160 }, () => point(0.5, 0.1));
  return [...labelled([...low, ...high], 'default'), ...labelled(majority, 'repaid')];
}

function clumpedMinority() {
  const random = createRandom(13);
  // Eight tight clumps of four spread over one minority region: a small k never leaves a clump.
  const minority = [];
  for (let c = 0; c < 8; c++) {
    const angle = (2 * Math.PI * c) / 8;
    const r = c % 2 === 0 ? 1.3 : 2.3;
    const centre = [2.5 + r * Math.cos(angle), 2.5 + r * Math.sin(angle)];
    minority.push(...gaussian(random, 4, centre, [0.07, 0.07], 3));
  }
  const majority = gaussian(random, 300, [-1, -1], [1.2, 1.2], 3);
  return [...labelled(minority, 'minority'), ...labelled(majority, 'majority')];
}

const generated = `generated by scripts/make-datasets.mjs (seeded); ${LICENCE}`;
const handMade = `hand-written example values in scripts/make-datasets.mjs, made up for smote-lab; ${LICENCE}`;

const datasets = [
  {
    name: 'fraud-walkthrough',
    title: 'Fraud: one SMOTE step by hand',
    lesson:
      'Time is in minutes after midnight. Anchor row 0 has 3 nearest fraud neighbours; neighbour row 1 at λ = 0.4 gives (136, 260).',
    header: ['transaction_amount', 'time_of_day', 'fraud'],
    rows: fraudWalkthrough(),
    source: `${handMade} (legitimate rows seeded)`,
    defaults: { k: 3, samples: 3, lambda: 0.4, anchor: 0, neighbor: 1 },
  },
  {
    name: 'two-points',
    title: 'Two points: the interpolation formula',
    lesson: 'Between (2, 4) and (4, 8), λ = 0.5 gives (3, 6) and λ = 0.25 gives (2.5, 5).',
    header: ['x1', 'x2', 'class'],
    rows: twoPoints(),
    source: handMade,
    defaults: { k: 1, samples: 2, lambda: 0.5, anchor: 0, neighbor: 1 },
  },
  {
    name: 'customer',
    title: 'Customers: churn by sessions and cart value',
    lesson: 'Between (10, 80) and (14, 100), λ = 0.25 gives (11, 85).',
    header: ['monthly_sessions', 'avg_cart_value', 'churned'],
    rows: customer(),
    source: `${handMade} (stayed rows seeded)`,
    defaults: { k: 3, samples: 3, lambda: 0.25, anchor: 0, neighbor: 1 },
  },
  {
    name: 'loan-default',
    title: 'Loan default: three features, two on screen',
    lesson:
      'Neighbours are found in all three features; income dwarfs age, so age barely moves them. λ = 0.6 gives (33000, 18000, 28).',
    header: ['income', 'loan_amount', 'age', 'default'],
    rows: loanDefault(),
    source: `${handMade} (repaid rows seeded)`,
    defaults: {
      k: 3,
      samples: 3,
      lambda: 0.6,
      anchor: 0,
      neighbor: 1,
      x: 'income',
      y: 'loan_amount',
    },
  },
  {
    name: 'moons-curved-minority',
    title: 'Two moons: a curved minority',
    lesson:
      'Segments cut across the bend of a curved class, so some synthetic points leave its shape.',
    header: ['x1', 'x2', 'class'],
    rows: moons(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'blobs-split-minority',
    title: 'Blobs: a minority split in two groups',
    lesson:
      'With k of 12 or more, segments bridge the two minority groups straight through the majority.',
    header: ['x1', 'x2', 'class'],
    rows: splitMinority(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'overlap-noisy-minority',
    title: 'Overlapping classes with noisy minority points',
    lesson:
      'Minority points deep in majority land breed more points there: SMOTE amplifies noise and overlap.',
    header: ['x1', 'x2', 'class'],
    rows: overlapNoisy(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'large-40k-points',
    title: '40,000 points: canvas and worker at scale',
    lesson: 'SMOTE makes 38,400 points here in a Web Worker while the page stays responsive.',
    header: ['feature_1', 'feature_2', 'class'],
    rows: large(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'subscriptions-mixed',
    title: 'Subscriptions: numbers and categories',
    lesson:
      'Contract and payment are categories: SMOTENC interpolates fee and tenure and lets the neighbours vote the categories; SMOTEN treats every column as a category.',
    header: ['monthly_fee', 'tenure_months', 'contract', 'payment', 'status'],
    rows: subscriptionsMixed(),
    source: generated,
    defaults: { method: 'SMOTENC', k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'high-dimensional-10d',
    title: 'Ten features, two on screen',
    lesson:
      "The minority forms three groups in f3..f10; the plot shows f1 and f2, so an anchor's true neighbours look scattered.",
    header: [...Array.from({ length: 10 }, (_, j) => `f${j + 1}`), 'class'],
    rows: highDimensional(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'tiny-minority',
    title: 'Four minority rows',
    lesson:
      'SMOTE needs k + 1 rows in the class it grows: with 4 minority rows, k can be at most 3.',
    header: ['x1', 'x2', 'class'],
    rows: tinyMinority(),
    source: generated,
    defaults: { k: 3, samples: 3, lambda: 0.5 },
  },
  {
    name: 'subscriptions-one-hot',
    title: 'Subscriptions with a one-hot contract',
    lesson:
      'The contract is written as three 0/1 columns: SMOTE interpolates them into fractions, SMOTENC votes them.',
    header: [
      'monthly_fee',
      'tenure_months',
      'contract_monthly',
      'contract_yearly',
      'contract_two_year',
      'status',
    ],
    rows: subscriptionsOneHot(),
    source: generated,
    defaults: { k: 5, samples: 3, lambda: 0.5 },
  },
  {
    name: 'scaled-utilisation-balance',
    title: 'A share and a sum in euros',
    lesson:
      'Utilisation runs 0..1, balance 0..10,000: unscaled, the balance alone decides who is a neighbour.',
    header: ['utilisation', 'balance', 'class'],
    rows: wildlyScaled(),
    source: generated,
    defaults: { k: 3, samples: 3, lambda: 0.5, anchor: 0 },
  },
  {
    name: 'clumped-minority',
    title: 'A minority in tight clumps',
    lesson: "Eight clumps of four points: with k = 3 every neighbour is in the anchor's own clump.",
    header: ['x1', 'x2', 'class'],
    rows: clumpedMinority(),
    source: generated,
    defaults: { k: 3, samples: 3, lambda: 0.5 },
  },
];

mkdirSync(outDir, { recursive: true });
const index = datasets.map(({ name, title, lesson, header, rows, source, defaults }) => {
  const file = `${name}.csv`;
  const lines = [header.join(','), ...rows.map((row) => row.join(','))];
  writeFileSync(join(outDir, file), `${lines.join('\n')}\n`);
  return { name, file, title, lesson, rows: rows.length, source, licence: LICENCE, defaults };
});
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} datasets to ${outDir}`);
