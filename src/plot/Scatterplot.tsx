import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../core/data/dataset';
import { appStore, useAppState } from '../state/app-store';
import { datasetClassCounts } from '../state/class-counts';
import {
  selectManualPoint,
  selectNeighborRow,
  selectSyntheticDetails,
  selectWalkthrough,
} from '../state/selectors';
import { pointsRange, selectRowPoints, selectViewProjection } from '../state/view-projection';
import { Axes, GridLines } from './Axes';
import { BoundaryCanvas } from './BoundaryCanvas';
import { classStyles, drawingOrder } from './class-styles';
import { type PointLayer, pointRadius } from './draw-points';
import { formatNumber } from './format-number';
import { usePlotExportSource } from './plot-export-source';
import { plotKeyHandler } from './plot-key-handler';
import { usePlotTestHook } from './plot-test-hook';
import { usePlotMargin, usePlotTheme } from './plot-theme';
import { selectRingStretch } from './ring-stretch';
import { SelectionMarks } from './SelectionMarks';
import { StepperMarks } from './StepperMarks';
import { StoryCanvas } from './StoryCanvas';
import { StoryMarks } from './StoryMarks';
import { baseScales, padRange, pixelsPerUnit, plotArea, zoomedScales } from './scales';
import { useCanvasPoints } from './use-canvas-points';
import { useElementSize } from './use-element-size';
import { usePlotClick } from './use-plot-click';
import { useStepperView } from './use-stepper-view';
import { useStoryPaths } from './use-story-paths';
import { useZoom } from './use-zoom';
import { WalkthroughMarks } from './WalkthroughMarks';
import './plot.css';

const NO_POINTS = { xs: new Float64Array(0), ys: new Float64Array(0) };

/** The scatter plot of the open dataset, or a placeholder while it loads. */
export function Scatterplot() {
  const data = useAppState((s) => s.dataset);
  const name = useAppState((s) => s.datasetName);
  const status = useAppState((s) => s.datasetStatus);
  if (!data || !name) {
    return (
      <div className="plot plot-empty">{status === 'loading' ? 'Loading the dataset…' : ''}</div>
    );
  }
  return <PlotView key={name} data={data} name={name} />;
}

function PlotView({ data, name }: { data: Dataset; name: string }) {
  const [boxRef, size] = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const projection = useAppState(selectViewProjection);
  const rowPoints = useAppState(selectRowPoints);
  const result = useAppState((s) => s.result);
  const cursor = useAppState((s) => s.cursor);
  const inspected = useAppState((s) => s.inspectedRow);
  const anchor = useAppState((s) => s.anchor);
  const lambda = useAppState((s) => s.lambda);
  const selection = useAppState((s) => s.selection);
  const walk = useAppState(selectWalkthrough);
  const neighborRow = useAppState(selectNeighborRow);
  const manualPoint = useAppState(selectManualPoint);
  const details = useAppState(selectSyntheticDetails);
  const walkValue = walk?.ok ? walk.value : null;

  const margin = usePlotMargin();
  const area = useMemo(() => plotArea(size.width, size.height, margin), [size, margin]);
  const counts = useMemo(() => datasetClassCounts(data), [data]);
  const { palette, story } = usePlotTheme();
  const styles = useMemo(() => classStyles(counts, palette), [counts, palette]);
  const order = useMemo(() => drawingOrder(counts), [counts]);
  const rows = rowPoints ?? NO_POINTS;
  const synthetic = useMemo(
    () => (result && projection ? projection.points(result.syntheticX) : null),
    [result, projection],
  );
  const stepper = useStepperView(synthetic);
  const ringStretch = useAppState(selectRingStretch);
  const children = useMemo(
    () => (walkValue && projection ? projection.points(walkValue.children.X) : NO_POINTS),
    [walkValue, projection],
  );
  // The rows' range is found once per set of rows (ahead of the first render for a large file).
  const base = useMemo(() => {
    const { x, y } = pointsRange(rows);
    return baseScales(padRange(x[0], x[1]), padRange(y[0], y[1]), area);
  }, [rows, area]);
  useEffect(() => appStore.getState().setViewPixels(pixelsPerUnit(base)), [base]);
  const zoom = useZoom(svgRef, area);
  const scales = useMemo(() => zoomedScales(base, zoom.transform), [base, zoom.transform]);
  const radius = pointRadius(data.n + (result?.syntheticY.length ?? 0));

  const layers = useMemo(() => {
    const list: PointLayer[] = [{ ...rows, classes: data.y, hollow: false }];
    const shown = stepper.shown;
    if (shown && result) list.push({ ...shown, classes: result.syntheticY, hollow: true });
    return list;
  }, [rows, data.y, stepper.shown, result]);
  const { canvasRef, lastDraw, settle } = useCanvasPoints({
    layers,
    styles,
    order,
    scales,
    area,
    radius,
  });

  const allStoryPaths = useStoryPaths(result, rows, synthetic, scales, area, radius);
  // While stepping, removals and extrapolations appear as the walk reaches them (the stepper
  // draws them), so the plot does not give away points still to come.
  const storyPaths = stepper.revealed
    ? allStoryPaths.filter((path) => path.kind !== 'removed' && path.kind !== 'extrapolation')
    : allStoryPaths;
  const onClick = usePlotClick({ rows, synthetic: stepper.shown, children, scales, area, radius });
  usePlotTestHook({ svgRef, scales, area, rows, synthetic, lastDraw });

  const xLabel = projection?.xLabel ?? '';
  const yLabel = projection?.yLabel ?? '';
  const [xName, yName] = [projection?.xName ?? '', projection?.yName ?? ''];
  const title = `Scatter plot of ${name}: ${yName} against ${xName}`;
  usePlotExportSource(() => {
    const container = boxRef.current;
    if (!container) return null;
    const { classNames } = data;
    return {
      container,
      ...size,
      area,
      scales,
      layers,
      styles,
      order,
      radius,
      classNames,
      storyPaths,
      story,
      background: palette.hollowFill,
      title,
      settle,
    };
  });
  const project = (values: Float64Array | null): [number, number] | null =>
    values && projection ? projection.point(values) : null;
  const cursorText =
    cursor === null
      ? ''
      : `Row ${cursor}, class ${data.classNames[data.y[cursor]]}: ${xName} ${formatNumber(rows.xs[cursor])}, ${yName} ${formatNumber(rows.ys[cursor])}.`;

  return (
    <div className="plot" ref={boxRef}>
      <svg className="plot-background" width={size.width} height={size.height} aria-hidden="true">
        <GridLines scales={scales} area={area} />
      </svg>
      <BoundaryCanvas scales={scales} area={area} styles={styles} order={order} />
      <canvas
        ref={canvasRef}
        className="plot-canvas"
        style={{ left: area.left, top: area.top, width: area.width, height: area.height }}
      />
      <StoryCanvas paths={storyPaths} area={area} width={size.width} height={size.height} />
      <svg
        ref={svgRef}
        className="plot-svg"
        width={size.width}
        height={size.height}
        role="application"
        aria-label={title}
        aria-describedby="plot-keys"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the plot is operated by keyboard (arrows, Enter, Escape)
        tabIndex={0}
        // While stepping, the run picks the points; a click would change what is hidden.
        onClick={stepper.stepping ? undefined : onClick}
        onKeyDown={plotKeyHandler(data, rows, scales, zoom)}
      >
        <defs>
          <clipPath id="plot-clip">
            <rect x={area.left} y={area.top} width={area.width} height={area.height} />
          </clipPath>
        </defs>
        <Axes scales={scales} area={area} margin={margin} xLabel={xLabel} yLabel={yLabel} />
        <g clipPath="url(#plot-clip)" pointerEvents="none">
          {result && <StoryMarks result={result} paths={storyPaths} rows={rows} scales={scales} />}
          {anchor !== null && !stepper.stepping && (
            <WalkthroughMarks
              scales={scales}
              area={area}
              rows={rows}
              anchor={anchor}
              walk={walkValue}
              offspring={children}
              neighborRow={neighborRow}
              manual={selection ? null : project(manualPoint)}
              lambda={lambda}
              selectedChild={selection?.source === 'walkthrough' ? selection.index : null}
              style={styles[data.y[anchor]]}
              radius={radius}
            />
          )}
          {stepper.step && result && (
            <StepperMarks
              step={stepper.step}
              scales={scales}
              area={area}
              rows={rows}
              synthetic={synthetic}
              removed={result.removed}
              removedShown={stepper.revealed?.removals ?? 0}
              nInput={result.nInput}
              styles={styles}
              radius={radius}
              ringStretch={ringStretch}
              brief={stepper.brief}
              tickMs={stepper.tickMs}
            />
          )}
          <SelectionMarks
            scales={scales}
            rows={rows}
            details={details}
            point={project(details?.values ?? null)}
            cursor={cursor === anchor ? null : cursor}
            inspected={inspected}
            radius={radius}
          />
        </g>
      </svg>
      <div
        className="zoom-buttons"
        style={{ top: area.top + 6, right: size.width - area.left - area.width + 6 }}
      >
        <button type="button" aria-label="Zoom in" onClick={() => zoom.zoomBy(1.5)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoom.zoomBy(1 / 1.5)}>
          −
        </button>
        <button type="button" onClick={zoom.resetZoom}>
          Reset zoom
        </button>
      </div>
      <p id="plot-keys" className="visually-hidden">
        Arrow keys move between minority points, Enter or Space makes one the anchor, Escape clears.
        Plus and minus zoom, 0 resets the zoom; drag to pan. While the stepper is open, right and
        left arrows step through the run and Space plays. Question mark lists every key.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {cursorText}
      </p>
    </div>
  );
}
