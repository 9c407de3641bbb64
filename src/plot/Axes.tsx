import { axisBottom, axisLeft, select } from 'd3';
import { useEffect, useRef } from 'react';
import type { PlotArea, PlotMargin, PlotScales } from './scales';

interface AxesProps {
  scales: PlotScales;
  area: PlotArea;
}

function tickCounts(area: PlotArea): [number, number] {
  return [Math.max(2, Math.round(area.width / 90)), Math.max(2, Math.round(area.height / 60))];
}

/** The axes with their labels, redrawn by d3-axis whenever the (zoomed) scales change. */
export function Axes({
  scales,
  area,
  margin,
  xLabel,
  yLabel,
}: AxesProps & { margin: PlotMargin; xLabel: string; yLabel: string }) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!xAxis.current || !yAxis.current) return;
    const [xTicks, yTicks] = tickCounts(area);
    select(xAxis.current).call(axisBottom(scales.x).ticks(xTicks));
    select(yAxis.current).call(axisLeft(scales.y).ticks(yTicks));
  }, [scales, area]);

  const bottom = area.top + area.height;
  return (
    <g className="axes">
      <g ref={xAxis} className="axis" transform={`translate(0, ${bottom})`} />
      <g ref={yAxis} className="axis" transform={`translate(${area.left}, 0)`} />
      <text
        className="axis-label"
        x={area.left + area.width / 2}
        y={bottom + margin.bottom - margin.xTitleUp}
        textAnchor="middle"
      >
        {xLabel}
      </text>
      <text
        className="axis-label"
        transform={`translate(${area.left - margin.left + margin.yTitleX}, ${area.top + area.height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
}

/** Light grid lines at the axes' ticks; drawn under the canvas so they never cross a point. */
export function GridLines({ scales, area }: AxesProps) {
  const xGrid = useRef<SVGGElement>(null);
  const yGrid = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!xGrid.current || !yGrid.current) return;
    const [xTicks, yTicks] = tickCounts(area);
    const none = () => '';
    select(xGrid.current).call(
      axisBottom(scales.x).ticks(xTicks).tickSize(-area.height).tickFormat(none),
    );
    select(yGrid.current).call(
      axisLeft(scales.y).ticks(yTicks).tickSize(-area.width).tickFormat(none),
    );
  }, [scales, area]);
  return (
    <g className="grid-lines">
      <g ref={xGrid} className="grid" transform={`translate(0, ${area.top + area.height})`} />
      <g ref={yGrid} className="grid" transform={`translate(${area.left}, 0)`} />
    </g>
  );
}
