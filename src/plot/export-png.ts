// The plot as a PNG at the page's device pixel ratio (a DPR-2 screen gives twice the CSS size, for
// projectors and print): the plot's canvases are copied pixel for pixel and its SVG layers are
// rasterised at that resolution, in the order they are stacked on screen.
import type { PlotSnapshot } from './plot-export-source';
import { SVG_NS, styledCopy, svgElement } from './standalone-svg';

function svgLayerImage(svg: SVGSVGElement, width: number, height: number, dpr: number) {
  const root = svgElement('svg', {
    width: width * dpr,
    height: height * dpr,
    viewBox: `0 0 ${width} ${height}`,
  });
  root.setAttribute('xmlns', SVG_NS);
  root.append(styledCopy(svg));
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(root))}`;
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

export async function plotPng(
  plot: PlotSnapshot,
  dpr = window.devicePixelRatio || 1,
): Promise<Blob> {
  plot.settle();
  const { container, width, height } = plot;
  const out = document.createElement('canvas');
  out.width = Math.round(width * dpr);
  out.height = Math.round(height * dpr);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw a canvas');
  ctx.fillStyle = plot.background;
  ctx.fillRect(0, 0, out.width, out.height);
  const box = container.getBoundingClientRect();
  for (const child of container.children) {
    if (child instanceof SVGSVGElement) {
      ctx.drawImage(await svgLayerImage(child, width, height, dpr), 0, 0);
    } else if (child instanceof HTMLCanvasElement && child.width > 0) {
      const rect = child.getBoundingClientRect();
      const x = Math.round((rect.left - box.left) * dpr);
      const y = Math.round((rect.top - box.top) * dpr);
      ctx.drawImage(child, x, y, Math.round(rect.width * dpr), Math.round(rect.height * dpr));
    }
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}
