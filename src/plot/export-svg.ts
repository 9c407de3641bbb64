// The plot as a standalone SVG file: grid, decision boundary, every point as a shape in its class
// colour (or, past POINT_SHAPE_LIMIT points, the point layer as one embedded image, so the file
// stays small enough to open), the many-mark story layer, then the axes and the overlay marks.

import { outlineWidth } from './class-styles';
import { pointAlpha } from './draw-points';
import type { PlotSnapshot } from './plot-export-source';
import { shapePath } from './shapes';
import { SVG_NS, styledCopy, svgElement } from './standalone-svg';
import { onCanvas } from './use-story-paths';

/** Past this many points the SVG embeds the canvas layer as a PNG instead of one shape per point. */
export const POINT_SHAPE_LIMIT = 50_000;

const round = (v: number) => Math.round(v * 100) / 100;

function canvasImage(canvas: HTMLCanvasElement, container: HTMLElement, label: string) {
  const box = container.getBoundingClientRect();
  const rect = canvas.getBoundingClientRect();
  return svgElement('image', {
    href: canvas.toDataURL('image/png'),
    x: round(rect.left - box.left),
    y: round(rect.top - box.top),
    width: round(rect.width),
    height: round(rect.height),
    'data-layer': label,
  });
}

function pointShapes(plot: PlotSnapshot): SVGGElement {
  const { layers, styles, order, radius, scales, area, classNames } = plot;
  const total = layers.reduce((sum, layer) => sum + layer.xs.length, 0);
  const alpha = String(pointAlpha(total));
  const group = svgElement('g', { 'clip-path': 'url(#export-area)', 'data-layer': 'points' });
  const defs = svgElement('defs', {});
  const clip = svgElement('clipPath', { id: 'export-area' });
  clip.append(svgElement('rect', { ...area, x: area.left, y: area.top }));
  defs.append(clip);
  for (const c of order) {
    defs.append(svgElement('path', { id: `point-${c}`, d: shapePath(styles[c].shape, radius) }));
  }
  group.append(defs);
  const reach = radius * 2;
  layers.forEach((layer) => {
    for (const c of order) {
      const style = styles[c];
      const paint: Record<string, string | number> = layer.hollow
        ? {
            fill: style.hollowFill,
            stroke: style.color,
            'stroke-width': style.hollowWidth ?? (radius > 3 ? 1.5 : 1),
          }
        : outlineWidth(style, radius) > 0
          ? {
              fill: style.color,
              stroke: style.outline?.color ?? 'none',
              'stroke-width': outlineWidth(style, radius),
            }
          : { fill: style.color };
      const classGroup = svgElement('g', {
        class: layer.hollow ? 'synthetic-points' : 'points',
        'data-class': classNames[c],
        ...paint,
        'fill-opacity': alpha,
        'stroke-opacity': alpha,
      });
      for (let i = 0; i < layer.xs.length; i++) {
        if (layer.classes[i] !== c) continue;
        const x = scales.x(layer.xs[i]);
        const y = scales.y(layer.ys[i]);
        const outside =
          x < area.left - reach ||
          x > area.left + area.width + reach ||
          y < area.top - reach ||
          y > area.top + area.height + reach;
        if (outside) continue;
        classGroup.append(svgElement('use', { href: `#point-${c}`, x: round(x), y: round(y) }));
      }
      if (classGroup.childElementCount > 0) group.append(classGroup);
    }
  });
  return group;
}

function storyMarks(plot: PlotSnapshot): SVGGElement {
  const group = svgElement('g', { 'clip-path': 'url(#export-area)', 'data-layer': 'story' });
  for (const path of plot.storyPaths.filter(onCanvas)) {
    const s = plot.story[path.kind];
    group.append(
      svgElement('path', {
        d: path.d,
        stroke: s.stroke,
        'stroke-width': s.width * 0.6,
        fill: s.fill ?? 'none',
        opacity: s.opacity ?? 1,
        'stroke-dasharray': s.dash?.join(' ') ?? 'none',
        'data-story': path.kind,
      }),
    );
  }
  return group;
}

/** The whole plot as SVG text; `pointsAsImage` tells the caller which way the points went. */
export function plotSvg(plot: PlotSnapshot): { text: string; pointsAsImage: boolean } {
  plot.settle();
  const { container, width, height } = plot;
  const total = plot.layers.reduce((sum, layer) => sum + layer.xs.length, 0);
  const pointsAsImage = total > POINT_SHAPE_LIMIT;
  const svg = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  svg.setAttribute('xmlns', SVG_NS);
  const title = svgElement('title', {});
  title.textContent = plot.title;
  const desc = svgElement('desc', {});
  desc.textContent = pointsAsImage
    ? `Made by smote-lab. ${total.toLocaleString('en-US')} points are too many for one shape each, so the point layer is an embedded image.`
    : `Made by smote-lab. ${total.toLocaleString('en-US')} points, one shape each, grouped by class.`;
  svg.append(title, desc, svgElement('rect', { width, height, fill: plot.background }));
  for (const child of container.children) {
    if (child instanceof SVGSVGElement) {
      svg.append(styledCopy(child));
    } else if (child instanceof HTMLCanvasElement) {
      if (child.classList.contains('plot-canvas')) {
        svg.append(pointsAsImage ? canvasImage(child, container, 'points') : pointShapes(plot));
      } else if (child.classList.contains('story-canvas')) {
        svg.append(storyMarks(plot));
      } else {
        svg.append(canvasImage(child, container, child.className));
      }
    }
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  return { text, pointsAsImage };
}
