import { axisBottom, axisLeft, select } from 'd3';
import { useEffect, useRef } from 'react';
import type { PlotArea, PlotScales } from './scales';

interface AxesProps {
  scales: PlotScales;
  area: PlotArea;
  xLabel: string;
  yLabel: string;
}

/** Axes and light grid lines, redrawn by d3-axis whenever the (zoomed) scales change. */
export function Axes({ scales, area, xLabel, yLabel }: AxesProps) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const xGrid = useRef<SVGGElement>(null);
  const yGrid = useRef<SVGGElement>(null);

  useEffect(() => {
    if (!xAxis.current || !yAxis.current || !xGrid.current || !yGrid.current) return;
    const xTicks = Math.max(2, Math.round(area.width / 90));
    const yTicks = Math.max(2, Math.round(area.height / 60));
    select(xAxis.current).call(axisBottom(scales.x).ticks(xTicks));
    select(yAxis.current).call(axisLeft(scales.y).ticks(yTicks));
    select(xGrid.current).call(
      axisBottom(scales.x)
        .ticks(xTicks)
        .tickSize(-area.height)
        .tickFormat(() => ''),
    );
    select(yGrid.current).call(
      axisLeft(scales.y)
        .ticks(yTicks)
        .tickSize(-area.width)
        .tickFormat(() => ''),
    );
  }, [scales, area]);

  const bottom = area.top + area.height;
  return (
    <g className="axes">
      <g ref={xGrid} className="grid" transform={`translate(0, ${bottom})`} />
      <g ref={yGrid} className="grid" transform={`translate(${area.left}, 0)`} />
      <g ref={xAxis} className="axis" transform={`translate(0, ${bottom})`} />
      <g ref={yAxis} className="axis" transform={`translate(${area.left}, 0)`} />
      <text
        className="axis-label"
        x={area.left + area.width / 2}
        y={bottom + 38}
        textAnchor="middle"
      >
        {xLabel}
      </text>
      <text
        className="axis-label"
        transform={`translate(${area.left - 54}, ${area.top + area.height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
}
