// One colour (Okabe and Ito, colour-blind safe) and one dash pattern per variant, so curves stay
// apart in greyscale and for every kind of colour vision.
export interface VariantStyle {
  color: string;
  /** SVG stroke-dasharray; '' draws a solid line. */
  dash: string;
}

const STYLES: VariantStyle[] = [
  // The first curve takes the text colour, so it stays readable in every theme.
  { color: 'currentColor', dash: '' },
  { color: '#0072B2', dash: '8 4' },
  { color: '#D55E00', dash: '2 3' },
  { color: '#009E73', dash: '10 3 2 3' },
  { color: '#CC79A7', dash: '5 5' },
  { color: '#E69F00', dash: '1 2 6 2' },
  { color: '#56B4E9', dash: '12 6' },
];

export function variantStyle(index: number): VariantStyle {
  return STYLES[index % STYLES.length];
}
