import { useEffect, useRef } from 'react';
import type { DecisionGrid } from '../core/evaluation/decision-grid';
import { useAppState } from '../state/app-store';
import type { ClassStyle } from './class-styles';
import type { PlotArea, PlotScales } from './scales';

interface BoundaryCanvasProps {
  scales: PlotScales;
  area: PlotArea;
  styles: ClassStyle[];
  /** Class codes from the largest class down; the grid's probability is for the last (the minority). */
  order: number[];
}

// Faint enough that points of either class stay readable on top.
const MAX_ALPHA = 0.38;

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** The grid as an image, one pixel per cell, in the predicted class's colour, fading near p = 0.5. */
function gridImage(grid: DecisionGrid, minority: string, majority: string): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = grid.columns;
  image.height = grid.rows;
  const ctx = image.getContext('2d');
  if (!ctx) return image;
  const pixels = ctx.createImageData(grid.columns, grid.rows);
  const [pos, neg] = [rgb(minority), rgb(majority)];
  grid.probability.forEach((p, cell) => {
    const colour = p > 0.5 ? pos : neg;
    pixels.data.set(colour, cell * 4);
    pixels.data[cell * 4 + 3] = Math.round(Math.abs(p - 0.5) * 2 * MAX_ALPHA * 255);
  });
  ctx.putImageData(pixels, 0, 0);
  return image;
}

/** The decision boundary grid, shaded under the points: each cell in its predicted class's colour. */
export function BoundaryCanvas({ scales, area, styles, order }: BoundaryCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const boundary = useAppState((s) => s.boundary);
  const mode = useAppState((s) => s.boundaryMode);
  const grid = mode === 'off' ? null : (boundary?.grid ?? null);
  const minority = order[order.length - 1];
  const majority = order[0];
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !grid) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(area.width * dpr);
    canvas.height = Math.round(area.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, -area.left * dpr, -area.top * dpr);
    ctx.clearRect(area.left, area.top, area.width, area.height);
    const { xDomain, yDomain } = grid;
    const left = scales.x(xDomain[0]);
    const top = scales.y(yDomain[1]);
    ctx.imageSmoothingEnabled = true;
    // One pixel per cell, stretched with smoothing: no seams between cells, a soft boundary.
    ctx.drawImage(
      gridImage(grid, styles[minority].color, styles[majority].color),
      left,
      top,
      scales.x(xDomain[1]) - left,
      scales.y(yDomain[0]) - top,
    );
  }, [grid, scales, area, styles, minority, majority]);
  if (!grid) return null;
  return (
    <canvas
      ref={ref}
      className="boundary-canvas"
      data-boundary={mode}
      style={{
        position: 'absolute',
        pointerEvents: 'none',
        left: area.left,
        top: area.top,
        width: area.width,
        height: area.height,
      }}
    />
  );
}
