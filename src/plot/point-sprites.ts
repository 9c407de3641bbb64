// One small pre-drawn image per class style, kept as its covered pixels only (offsets, premultiplied
// colour, alpha). Stamping these into a frame is far faster than filling or stroking each shape.
import { type ClassStyle, outlineWidth } from './class-styles';
import { traceShape } from './shapes';

export interface Sprite {
  /** Covered pixels: offsets from the point's centre pixel, in device pixels. */
  dx: Int16Array;
  dy: Int16Array;
  /** Premultiplied colour in [0, 1], and the alpha, per covered pixel. */
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  a: Float32Array;
  /** ln(1 − a): n copies stamped at one spot let ((1 − a)^n) of what is under them through. */
  logT: Float32Array;
  /** Device pixels from the centre to the farthest covered pixel. */
  reach: number;
}

const cache = new Map<string, Sprite>();

function render(style: ClassStyle, radius: number, hollow: boolean, alpha: number, dpr: number) {
  // Room for the largest shape (1.3 r) and the stroke on every side.
  const offset = Math.ceil((radius * 1.3 + 3) * dpr);
  const size = offset * 2;
  const ctx = new OffscreenCanvas(size, size).getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on an OffscreenCanvas');
  ctx.setTransform(dpr, 0, 0, dpr, offset, offset);
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  traceShape(ctx, style.shape, 0, 0, radius);
  if (hollow) {
    ctx.fillStyle = style.hollowFill;
    ctx.fill();
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.hollowWidth ?? (radius > 3 ? 1.5 : 1);
    ctx.stroke();
  } else {
    ctx.fillStyle = style.color;
    ctx.fill();
    const ring = outlineWidth(style, radius);
    if (style.outline && ring > 0) {
      ctx.strokeStyle = style.outline.color;
      ctx.lineWidth = ring;
      ctx.stroke();
    }
  }
  return { pixels: ctx.getImageData(0, 0, size, size).data, size, offset };
}

export function pointSprite(
  style: ClassStyle,
  radius: number,
  hollow: boolean,
  alpha: number,
  dpr: number,
): Sprite {
  const ring = style.outline ? `${style.outline.color}/${style.outline.width}` : '';
  const key = `${style.color}|${style.shape}|${radius}|${hollow}|${alpha}|${dpr}|${style.hollowFill}|${style.hollowWidth}|${ring}`;
  const known = cache.get(key);
  if (known) return known;
  const { pixels, size, offset } = render(style, radius, hollow, alpha, dpr);
  const covered: number[] = [];
  for (let p = 0; p < size * size; p++) if (pixels[p * 4 + 3] > 0) covered.push(p);
  const n = covered.length;
  const sprite: Sprite = {
    dx: new Int16Array(n),
    dy: new Int16Array(n),
    r: new Float32Array(n),
    g: new Float32Array(n),
    b: new Float32Array(n),
    a: new Float32Array(n),
    logT: new Float32Array(n),
    reach: 0,
  };
  covered.forEach((p, i) => {
    const a = pixels[p * 4 + 3] / 255;
    sprite.dx[i] = (p % size) - offset;
    sprite.dy[i] = Math.floor(p / size) - offset;
    sprite.r[i] = (pixels[p * 4] / 255) * a;
    sprite.g[i] = (pixels[p * 4 + 1] / 255) * a;
    sprite.b[i] = (pixels[p * 4 + 2] / 255) * a;
    sprite.a[i] = a;
    sprite.logT[i] = a >= 1 ? -Infinity : Math.log(1 - a);
    sprite.reach = Math.max(sprite.reach, Math.abs(sprite.dx[i]), Math.abs(sprite.dy[i]));
  });
  cache.set(key, sprite);
  return sprite;
}
