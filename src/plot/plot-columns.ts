// The two plotted values of each row, as their own columns (made by state/view-projection).
import type { ViewPoints } from '../state/view-projection';

export type PlotColumns = ViewPoints;
