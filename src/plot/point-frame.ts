// The frame the point layer is rasterised into: premultiplied RGBA in floats, so stamping a
// sprite is a multiply-add per channel (no division), turned into canvas pixels once at the end.
import type { Sprite } from './point-sprites';

export class PointFrame {
  readonly data: Float32Array;
  /** Scratch for binning points by pixel; every cell is back to 0 after use. */
  readonly counts: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Float32Array(width * height * 4);
    this.counts = new Uint32Array(width * height);
  }

  clear(): void {
    this.data.fill(0);
  }

  /** One sprite centred at device pixel (cx, cy), source-over; `copies` stacked at that spot. */
  stamp(sprite: Sprite, cx: number, cy: number, copies = 1): void {
    const { width, height, data } = this;
    const { dx, dy, r, g, b, a, logT } = sprite;
    const inside =
      cx - sprite.reach >= 0 &&
      cy - sprite.reach >= 0 &&
      cx + sprite.reach < width &&
      cy + sprite.reach < height;
    for (let i = 0; i < dx.length; i++) {
      const x = cx + dx[i];
      const y = cy + dy[i];
      if (!inside && (x < 0 || y < 0 || x >= width || y >= height)) continue;
      const d = (y * width + x) * 4;
      // n copies of colour C at alpha a: C·(1 − t) + under·t with t = (1 − a)^n.
      const keep = copies === 1 ? 1 - a[i] : Math.exp(logT[i] * copies);
      const gain = copies === 1 ? 1 : (1 - keep) / a[i];
      data[d] = r[i] * gain + data[d] * keep;
      data[d + 1] = g[i] * gain + data[d + 1] * keep;
      data[d + 2] = b[i] * gain + data[d + 2] * keep;
      data[d + 3] = a[i] * gain + data[d + 3] * keep;
    }
  }

  /** The frame as canvas pixels (not premultiplied, 0..255). */
  toImageData(): ImageData {
    const image = new ImageData(this.width, this.height);
    this.writeRows(image, 0, this.height);
    return image;
  }

  /** Rows [from, to) of the frame into `image` as canvas pixels, so a large frame can be turned
   * into pixels in parts. */
  writeRows(image: ImageData, from: number, to: number): void {
    const { width, data } = this;
    const out = image.data;
    const end = to * width * 4;
    for (let p = from * width * 4; p < end; p += 4) {
      const alpha = data[p + 3];
      if (alpha <= 0) continue;
      const scale = 255 / alpha;
      out[p] = data[p] * scale;
      out[p + 1] = data[p + 1] * scale;
      out[p + 2] = data[p + 2] * scale;
      out[p + 3] = alpha * 255;
    }
  }
}
