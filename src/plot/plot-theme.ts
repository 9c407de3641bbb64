// The canvas's colours per theme (the SVG overlay follows the CSS variables of themes.css), and
// the plot's margins in presenter mode. Class colours stay Okabe and Ito's in every theme; on
// dark, the light tints come first so the two largest classes read at over 8:1 on the background.
import { useMemo } from 'react';
import { useAppState } from '../state/app-store';
import type { ThemeName } from '../state/display-params';
import { selectTheme } from '../state/display-slice';
import { type ClassPalette, LIGHT_PALETTE } from './class-styles';
import { MARGIN, type PlotMargin, PRESENTER_MARGIN } from './scales';
import { STORY_STYLES, type StoryKind, type StoryStyle } from './story-styles';

export interface PlotTheme {
  palette: ClassPalette;
  story: Record<StoryKind, StoryStyle>;
}

const DARK_BACKGROUND = '#121212';

const DARK: PlotTheme = {
  palette: {
    colors: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00'],
    hollowFill: DARK_BACKGROUND,
    hollowWidth: null,
    outline: null,
  },
  story: {
    weight: { ...STORY_STYLES.weight, stroke: '#E69F00', fill: 'rgba(230, 159, 0, 0.2)' },
    extrapolation: { ...STORY_STYLES.extrapolation, stroke: '#c6a8f0', opacity: 0.85 },
    safe: { ...STORY_STYLES.safe, stroke: '#5fcf8a' },
    noise: { ...STORY_STYLES.noise, stroke: '#f2f2f2' },
    danger: { ...STORY_STYLES.danger, stroke: '#ff8a95' },
    removed: { ...STORY_STYLES.removed, stroke: '#ffffff' },
  },
};

/** Black on white with every mark ringed and stroked thicker: the most contrast a projector gives. */
const CONTRAST: PlotTheme = {
  palette: {
    ...LIGHT_PALETTE,
    hollowWidth: 2.5,
    outline: { color: '#000', width: 1.5 },
  },
  story: Object.fromEntries(
    Object.entries(STORY_STYLES).map(([kind, style]) => [
      kind,
      { ...style, width: style.width * 1.6, opacity: 1 },
    ]),
  ) as Record<StoryKind, StoryStyle>,
};

export const PLOT_THEMES: Record<ThemeName, PlotTheme> = {
  light: { palette: LIGHT_PALETTE, story: STORY_STYLES },
  dark: DARK,
  contrast: CONTRAST,
};

export function usePlotTheme(): PlotTheme {
  const theme = useAppState(selectTheme);
  return useMemo(() => PLOT_THEMES[theme], [theme]);
}

/** Presenter mode's larger axis type needs wider margins. */
export function usePlotMargin(): PlotMargin {
  return useAppState((s) => s.presenting) ? PRESENTER_MARGIN : MARGIN;
}
