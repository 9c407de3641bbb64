// Draws the canvas layer whenever the points or the scales change, at devicePixelRatio.
import { type RefObject, useEffect, useRef } from 'react';
import type { ClassStyle } from './class-styles';
import { drawPoints, type PointLayer } from './draw-points';
import type { PlotArea, PlotScales } from './scales';

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
}

export function useCanvasPoints(input: CanvasInput): {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  lastDraw: RefObject<LastDraw>;
} {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lastDraw = useRef<LastDraw>({ ms: 0, points: 0 });
  const { layers, styles, order, scales, area, radius } = input;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || area.width < 2 || area.height < 2) return;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.round(area.width * dpr);
    const height = Math.round(area.height * dpr);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const started = performance.now();
    drawPoints(ctx, layers, { area, scales, styles, order, radius, dpr });
    const points = layers.reduce((sum, layer) => sum + layer.xs.length, 0);
    lastDraw.current = { ms: performance.now() - started, points };
  }, [layers, styles, order, scales, area, radius]);

  return { canvasRef, lastDraw };
}
