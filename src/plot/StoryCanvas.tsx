import { useEffect, useRef } from 'react';
import { usePlotTheme } from './plot-theme';
import type { PlotArea } from './scales';
import { onCanvas, type StoryPath } from './use-story-paths';

interface StoryCanvasProps {
  paths: StoryPath[];
  area: PlotArea;
  width: number;
  height: number;
}

/** Story marks of the kinds with many marks, stroked on a canvas over the points, under the overlay. */
export function StoryCanvas({ paths, area, width, height }: StoryCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const many = paths.filter(onCanvas);
  const { story } = usePlotTheme();
  useEffect(() => {
    const many = paths.filter(onCanvas);
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.width, area.height);
    ctx.clip();
    for (const path of many) {
      const style = story[path.kind];
      const shape = new Path2D(path.d);
      ctx.globalAlpha = style.opacity ?? 1;
      ctx.setLineDash(style.dash ?? []);
      // Many marks overlap; thinner strokes keep the points under them visible.
      ctx.lineWidth = style.width * 0.6;
      ctx.strokeStyle = style.stroke;
      ctx.lineCap = path.kind === 'removed' ? 'round' : 'butt';
      if (style.fill) {
        ctx.fillStyle = style.fill;
        ctx.fill(shape);
      }
      ctx.stroke(shape);
    }
  }, [paths, area, width, height, story]);
  if (many.length === 0) return null;
  return (
    <canvas
      ref={ref}
      className="story-canvas"
      data-story-canvas={many.map((p) => `${p.kind}:${p.count}`).join(' ')}
      style={{ width, height }}
    />
  );
}
