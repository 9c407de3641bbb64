// One small pre-drawn image per class style, kept as pixels. Blending these into one frame
// buffer is far faster than filling, stroking or drawImage-ing tens of thousands of shapes.
import type { ClassStyle } from './class-styles';
import { traceShape } from './shapes';

export interface Sprite {
  /** Square RGBA pixels, not premultiplied, `size` × `size`. */
  pixels: Uint8ClampedArray;
  size: number;
  /** Device pixels from the sprite's corner to the point's centre. */
  offset: number;
}

const cache = new Map<string, Sprite>();

export function pointSprite(
  style: ClassStyle,
  radius: number,
  hollow: boolean,
  alpha: number,
  dpr: number,
): Sprite {
  const key = `${style.color}|${style.shape}|${radius}|${hollow}|${alpha}|${dpr}`;
  let sprite = cache.get(key);
  if (sprite) return sprite;
  // Room for the largest shape (1.3 r) and the stroke on every side.
  const offset = Math.ceil((radius * 1.3 + 2) * dpr);
  const size = offset * 2;
  const ctx = new OffscreenCanvas(size, size).getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, offset, offset);
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  traceShape(ctx, style.shape, 0, 0, radius);
  if (hollow) {
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.strokeStyle = style.color;
    ctx.lineWidth = radius > 3 ? 1.5 : 1;
    ctx.stroke();
  } else {
    ctx.fillStyle = style.color;
    ctx.fill();
  }
  sprite = { pixels: ctx.getImageData(0, 0, size, size).data, size, offset };
  cache.set(key, sprite);
  return sprite;
}

/** Draws `sprite` centred at device pixel (cx, cy) over `frame`, with source-over blending. */
export function blendSprite(frame: ImageData, sprite: Sprite, cx: number, cy: number): void {
  const { width, height, data } = frame;
  const { pixels, size } = sprite;
  const x0 = cx - sprite.offset;
  const y0 = cy - sprite.offset;
  const sx0 = Math.max(0, -x0);
  const sy0 = Math.max(0, -y0);
  const sx1 = Math.min(size, width - x0);
  const sy1 = Math.min(size, height - y0);
  for (let sy = sy0; sy < sy1; sy++) {
    let s = (sy * size + sx0) * 4;
    let d = ((y0 + sy) * width + x0 + sx0) * 4;
    for (let sx = sx0; sx < sx1; sx++, s += 4, d += 4) {
      const sa = pixels[s + 3];
      if (sa === 0) continue;
      const da = data[d + 3];
      if (sa === 255 || da === 0) {
        data[d] = pixels[s];
        data[d + 1] = pixels[s + 1];
        data[d + 2] = pixels[s + 2];
        data[d + 3] = sa;
        continue;
      }
      const a = sa / 255;
      const keep = (da / 255) * (1 - a);
      const out = a + keep;
      data[d] = (pixels[s] * a + data[d] * keep) / out;
      data[d + 1] = (pixels[s + 1] * a + data[d + 1] * keep) / out;
      data[d + 2] = (pixels[s + 2] * a + data[d + 2] * keep) / out;
      data[d + 3] = out * 255;
    }
  }
}
