// Draws the canvas layer at devicePixelRatio. A change of points or styles redraws every point;
// from 100,000 points that draw runs in slices of a few milliseconds across tasks, the previous
// picture staying until the new one is whole, so the page keeps answering input. A change of the scales alone (a zoom or pan gesture) shows the last sharp frame moved and
// scaled to the new scales, which costs one image copy, and redraws every point once the gesture
// has rested. The sharp frame covers a margin around the plot so a pan shows points coming in.
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { ClassStyle } from './class-styles';
import { drawPointsInSteps, type PointLayer } from './draw-points';
import { frameMotion } from './frame-motion';
import { PointFrame } from './point-frame';
import type { PlotArea, PlotScales } from './scales';
import { runSliced, type SlicedRun } from './sliced-run';

export interface CanvasInput {
  layers: PointLayer[];
  styles: ClassStyle[];
  order: number[];
  scales: PlotScales;
  area: PlotArea;
  radius: number;
}

export interface LastDraw {
  ms: number;
  points: number;
  /** False while a gesture's moved frame is on screen, until the points are redrawn. */
  sharp: boolean;
}

/** The margin drawn around the plot in the sharp frame, as a share of its width and height. */
const MARGIN = 0.25;
/** How long the scales must stay still before every point is redrawn sharp. */
const REST_MS = 150;
/** From this many points, a draw of new points or styles runs in slices across tasks. */
const SLICE_FROM = 100_000;
/** Frame rows turned into canvas pixels per step. */
const IMAGE_ROWS = 128;

interface SharpFrame {
  input: CanvasInput;
  dpr: number;
  frame: PointFrame;
  bitmap: OffscreenCanvas;
  padX: number;
  padY: number;
}

function onlyScalesMoved(a: CanvasInput, b: CanvasInput): boolean {
  return (
    a.layers === b.layers &&
    a.styles === b.styles &&
    a.order === b.order &&
    a.area === b.area &&
    a.radius === b.radius
  );
}

export function useCanvasPoints(input: CanvasInput): {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  lastDraw: RefObject<LastDraw>;
  /** Draws every point sharp now if a gesture's moved frame is showing. */
  settle(): void;
} {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastDraw = useRef<LastDraw>({ ms: 0, points: 0, sharp: true });
  const latest = useRef(input);
  latest.current = input;
  const sharp = useRef<SharpFrame | null>(null);
  const restTimer = useRef<number | null>(null);

  /** The sharp frame, moved and scaled from the scales it was drawn at to the current ones. */
  const drawMoved = useCallback((kept: SharpFrame) => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { scales, area } = latest.current;
    const { sx, sy, tx, ty } = frameMotion(kept.input.scales, scales, area, kept.dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.imageSmoothingEnabled = true;
    ctx.setTransform(sx, 0, 0, sy, tx, ty);
    ctx.drawImage(kept.bitmap, -kept.padX, -kept.padY);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    lastDraw.current = { ...lastDraw.current, sharp: false };
  }, []);

  const job = useRef<(SlicedRun & { input: CanvasInput }) | null>(null);

  /** Draws every point at the current input; a large draw of new points or styles is spread
   * over several tasks (`sliced`), and `lastDraw` changes only once the whole frame is drawn. */
  const drawSharp = useCallback(
    (sliced = false) => {
      if (restTimer.current !== null) window.clearTimeout(restTimer.current);
      restTimer.current = null;
      job.current?.stop();
      job.current = null;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      const now = latest.current;
      const { area } = now;
      if (!canvas || !ctx || area.width < 2 || area.height < 2) return;
      const started = performance.now();
      const dpr = window.devicePixelRatio || 1;
      const padX = Math.round(canvas.width * MARGIN);
      const padY = Math.round(canvas.height * MARGIN);
      const width = canvas.width + 2 * padX;
      const height = canvas.height + 2 * padY;
      const points = now.layers.reduce((sum, layer) => sum + layer.xs.length, 0);
      let kept = sharp.current;
      let image: ImageData | null = null;
      // The buffers (tens of megabytes at a million points' frame size) are made in the first
      // step, so a sliced draw does not add their allocation to the task that asked for it.
      function* steps(): Generator<void, void, void> {
        yield;
        if (!kept || kept.frame.width !== width || kept.frame.height !== height) {
          kept = {
            input: now,
            dpr,
            frame: new PointFrame(width, height),
            bitmap: new OffscreenCanvas(width, height),
            padX,
            padY,
          };
        }
        const { frame } = kept;
        image = new ImageData(width, height);
        yield* drawPointsInSteps(frame, now.layers, {
          scales: now.scales,
          styles: now.styles,
          order: now.order,
          radius: now.radius,
          dpr,
          left: area.left - padX / dpr,
          top: area.top - padY / dpr,
        });
        for (let row = 0; row < height; row += IMAGE_ROWS) {
          frame.writeRows(image, row, Math.min(row + IMAGE_ROWS, height));
          yield;
        }
      }
      const show = () => {
        job.current = null;
        if (!canvas || !kept || !image) return;
        kept.bitmap.getContext('2d')?.putImageData(image, 0, 0);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(
          kept.bitmap,
          padX,
          padY,
          canvas.width,
          canvas.height,
          0,
          0,
          canvas.width,
          canvas.height,
        );
        sharp.current = { ...kept, input: now, dpr, padX, padY };
        lastDraw.current = { ms: performance.now() - started, points, sharp: true };
        // Scales that moved while the frame was drawn in slices show it moved, then sharp at rest.
        if (latest.current.scales !== now.scales && onlyScalesMoved(now, latest.current)) {
          drawMoved(sharp.current);
          restTimer.current = window.setTimeout(() => drawSharp(true), REST_MS);
        }
      };
      if (sliced && points >= SLICE_FROM) {
        job.current = { ...runSliced(steps(), show), input: now };
        return;
      }
      const all = steps();
      while (!all.next().done) {}
      show();
    },
    [drawMoved],
  );

  const { layers, styles, order, scales, area, radius } = input;
  // biome-ignore lint/correctness/useExhaustiveDependencies: these inputs make the picture; the callbacks read them through `latest`
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || area.width < 2 || area.height < 2) return;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.round(area.width * dpr);
    const height = Math.round(area.height * dpr);
    const resized = canvas.width !== width || canvas.height !== height;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    // A frame still being drawn in slices is finished at its scales, then shown moved.
    const drawing = job.current?.input;
    if (drawing && !resized && onlyScalesMoved(drawing, latest.current)) return;
    const kept = sharp.current;
    const moved =
      kept && !resized && kept.dpr === dpr && onlyScalesMoved(kept.input, latest.current);
    if (!moved) {
      drawSharp(true);
      return;
    }
    drawMoved(kept);
    if (restTimer.current !== null) window.clearTimeout(restTimer.current);
    restTimer.current = window.setTimeout(() => drawSharp(true), REST_MS);
  }, [layers, styles, order, scales, area, radius, drawSharp, drawMoved]);

  useEffect(
    () => () => {
      if (restTimer.current !== null) window.clearTimeout(restTimer.current);
      job.current?.stop();
    },
    [],
  );

  const settle = useCallback(() => {
    if (job.current) job.current.finish();
    if (restTimer.current !== null) drawSharp();
  }, [drawSharp]);

  return { canvasRef, lastDraw, settle };
}
