// What the exports need from the plot on screen: its layers in the page, the points with their
// styles, and the scales they are drawn at. The plot registers itself; the Export panel asks.
import { type RefObject, useEffect, useRef } from 'react';
import type { ClassStyle } from './class-styles';
import type { PointLayer } from './draw-points';
import type { PlotArea, PlotScales } from './scales';
import type { StoryKind, StoryStyle } from './story-styles';
import type { StoryPath } from './use-story-paths';

export interface PlotSnapshot {
  /** The element holding the plot's canvases and SVGs, in stacking order. */
  container: HTMLElement;
  width: number;
  height: number;
  area: PlotArea;
  scales: PlotScales;
  layers: PointLayer[];
  styles: ClassStyle[];
  order: number[];
  radius: number;
  classNames: string[];
  storyPaths: StoryPath[];
  /** The theme's look, so a file shows the plot as the screen does. */
  story: Record<StoryKind, StoryStyle>;
  background: string;
  /** The plot's accessible name, e.g. "Scatter plot of fraud-walkthrough: time_of_day against …". */
  title: string;
  /** Draws the point canvas sharp at the current view, if it still shows a frame of a gesture. */
  settle(): void;
}

type SnapshotMaker = () => PlotSnapshot | null;

let current: RefObject<SnapshotMaker> | null = null;

/** The plot on screen now, or null when none is drawn. */
export function currentPlot(): PlotSnapshot | null {
  return current?.current() ?? null;
}

/** Keeps the plot's snapshot maker current on every render of the plot. */
export function usePlotExportSource(make: SnapshotMaker): void {
  const ref = useRef<SnapshotMaker>(make);
  ref.current = make;
  useEffect(() => {
    current = ref;
    return () => {
      if (current === ref) current = null;
    };
  }, []);
}
