import { scaleLinear } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import type { ClassStyle } from '../../src/plot/class-styles';
import { drawPoints, drawPointsInSteps, type PointLayer } from '../../src/plot/draw-points';
import { PointFrame } from '../../src/plot/point-frame';
import type { Sprite } from '../../src/plot/point-sprites';

/** A plus-shaped sprite of one colour per class (sprites are pre-drawn on a canvas in the page). */
function plus(color: number, alpha: number): Sprite {
  const dx = Int16Array.of(0, -1, 1, 0, 0);
  const dy = Int16Array.of(0, 0, 0, -1, 1);
  const a = Float32Array.from(dx, (_, i) => (i === 0 ? alpha : alpha / 2));
  return {
    dx,
    dy,
    r: a.map((v) => v * color),
    g: a.map((v) => v * (1 - color)),
    b: a.map((v) => v * 0.5),
    a,
    logT: a.map((v) => Math.log(1 - v)),
    reach: 1,
  };
}

vi.mock('../../src/plot/point-sprites', () => ({
  pointSprite: (style: ClassStyle, _r: number, hollow: boolean, alpha: number) =>
    plus(style.color === 'a' ? 0.9 : 0.2, hollow ? alpha / 2 : alpha),
}));

const style = (color: string): ClassStyle => ({
  color,
  shape: 'circle',
  hollowFill: '#fff',
  hollowWidth: null,
  outline: null,
});

/** 60,000 points, one in four of class 1, heaped on a 40 × 30 frame so most pixels stack up. */
function layer(n: number, seed: number, hollow: boolean): PointLayer {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const xs = Float64Array.from({ length: n }, () => next() * 12 - 1);
  const ys = Float64Array.from({ length: n }, () => next() * 12 - 1);
  const classes = Int32Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0));
  return { xs, ys, classes, hollow };
}

const options = {
  scales: { x: scaleLinear([0, 10], [0, 40]), y: scaleLinear([0, 10], [30, 0]) },
  styles: [style('a'), style('b')],
  order: [0, 1],
  radius: 2,
  dpr: 1,
  left: 0,
  top: 0,
};

/** Every point stamped one at a time, class by class: what the binned draw must equal. */
function oneByOne(frame: PointFrame, layers: PointLayer[]) {
  const total = layers.reduce((sum, l) => sum + l.xs.length, 0);
  const alpha = total > 5000 ? 0.5 : 0.9;
  for (const l of layers) {
    for (const c of options.order) {
      const sprite = plus(c === 0 ? 0.9 : 0.2, l.hollow ? alpha / 2 : alpha);
      for (let i = 0; i < l.xs.length; i++) {
        if (l.classes[i] !== c) continue;
        frame.stamp(sprite, Math.round(l.xs[i] * 4), Math.round(30 - l.ys[i] * 3));
      }
    }
  }
}

describe('drawPointsInSteps', () => {
  const layers = [layer(60_000, 7, false), layer(30_000, 11, true)];

  it('run one step at a time, gives the pixels of stamping every point in class order', () => {
    const reference = new PointFrame(40, 30);
    oneByOne(reference, layers);
    const stepped = new PointFrame(40, 30);
    const steps = drawPointsInSteps(stepped, layers, options);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(8);
    for (let p = 0; p < reference.data.length; p++) {
      expect(stepped.data[p]).toBeCloseTo(reference.data[p], 4);
    }
    // The picture is not empty: most pixels are covered.
    const covered = reference.data.filter((v, i) => i % 4 === 3 && v > 0.5).length;
    expect(covered).toBeGreaterThan(1000);
  });

  it('a draw dropped halfway leaves nothing behind for the next one', () => {
    const whole = new PointFrame(40, 30);
    drawPoints(whole, layers, options);
    const frame = new PointFrame(40, 30);
    const dropped = drawPointsInSteps(frame, layers, options);
    // Into the first class's binned counts, then abandoned.
    let steps = 0;
    while (!frame.counts.some((n) => n > 0) && steps++ < 10) dropped.next();
    expect(frame.counts.some((n) => n > 0)).toBe(true);
    drawPoints(frame, layers, options);
    expect(Array.from(frame.data)).toEqual(Array.from(whole.data));
    expect(frame.counts.every((n) => n === 0)).toBe(true);
  });
});
