// A copy of one of the plot's SVG layers that looks the same outside the page: the styles the
// page's CSS gives each element are written onto the copy, and interactive attributes dropped.
export const SVG_NS = 'http://www.w3.org/2000/svg';

const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];

const DROPPED = ['role', 'tabindex', 'aria-describedby', 'aria-hidden', 'class', 'style'];

function inline(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  if (computed.display === 'none' || computed.visibility === 'hidden') {
    copy.remove();
    return;
  }
  const style = PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  for (const name of DROPPED) copy.removeAttribute(name);
  if (original.namespaceURI === SVG_NS && original.tagName !== 'svg') {
    copy.setAttribute('style', style);
  }
  const from = [...original.children];
  const to = [...copy.children];
  from.forEach((child, i) => {
    inline(child, to[i]);
  });
}

/** The children of `svg`, copied with their computed styles, in a group. */
export function styledCopy(svg: SVGSVGElement): SVGGElement {
  const group = document.createElementNS(SVG_NS, 'g');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, copy);
  group.append(...copy.childNodes);
  return group;
}

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
