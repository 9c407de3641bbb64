// d3-zoom on the plot's SVG: wheel, drag, pinch and double-click zoom and pan; the transform
// comes back as React state so axes, canvas and overlay redraw from the same scales.
import {
  type D3ZoomEvent,
  select,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
} from 'd3';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { PlotArea } from './scales';

export interface ZoomControls {
  transform: ZoomTransform;
  zoomBy(factor: number): void;
  resetZoom(): void;
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, area: PlotArea): ZoomControls {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 60])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => setTransform(event.transform));
    behaviour.current = z;
    select(svg).call(z);
    return () => {
      select(svg).on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  useEffect(() => {
    // Zooming with keys or buttons centres on the plot area, not on the margins.
    behaviour.current?.extent([
      [area.left, area.top],
      [area.left + area.width, area.top + area.height],
    ]);
  }, [area]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (svg && behaviour.current) select(svg).call(behaviour.current.scaleBy, factor);
    },
    [svgRef],
  );
  const resetZoom = useCallback(() => {
    const svg = svgRef.current;
    if (svg && behaviour.current) select(svg).call(behaviour.current.transform, zoomIdentity);
  }, [svgRef]);

  return { transform, zoomBy, resetZoom };
}
