import { useState } from 'react';
import { plotPng } from '../plot/export-png';
import { plotSvg } from '../plot/export-svg';
import { currentPlot } from '../plot/plot-export-source';
import { appStore, useAppState } from '../state/app-store';
import { exportFileName } from '../state/export-slice';
import type { ResultFormat } from '../worker/client';
import { ExportScalingNote } from './ExportScalingNote';
import { pythonForState } from './python-export';
import { saveFile, sizeText } from './save-file';

function plotFileName(ext: string): string {
  const { datasetName, method, seed } = appStore.getState();
  return exportFileName(datasetName ?? 'plot', `${method}-plot`, seed, ext);
}

/** The resampled data (as the CLI writes it), the plot as PNG or SVG, and the Python of the run. */
export function ExportPanel() {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const hasResult = useAppState((s) => s.resampleStatus === 'done' && s.result !== null);
  const ready = useAppState((s) => s.datasetStatus === 'ready');

  const run = async (job: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await job());
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const data = (format: ResultFormat) =>
    run(async () => {
      const out = await appStore.getState().exportResampled(format);
      if (!out.ok) return out.error.message;
      const { name, bytes } = out.value;
      const type = format === 'csv' ? 'text/csv' : 'application/json';
      saveFile(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
      return `Saved ${name} (${sizeText(bytes.length)}).`;
    });

  const png = () =>
    run(async () => {
      const plot = currentPlot();
      if (!plot) return 'There is no plot to save yet.';
      const dpr = window.devicePixelRatio || 1;
      const blob = await plotPng(plot, dpr);
      const name = plotFileName('png');
      saveFile(blob, name);
      const [w, h] = [Math.round(plot.width * dpr), Math.round(plot.height * dpr)];
      return `Saved ${name} (${w} × ${h} pixels, ${sizeText(blob.size)}).`;
    });

  const svg = () =>
    run(async () => {
      const plot = currentPlot();
      if (!plot) return 'There is no plot to save yet.';
      const { text, pointsAsImage } = plotSvg(plot);
      const name = plotFileName('svg');
      const blob = new Blob([text], { type: 'image/svg+xml' });
      saveFile(blob, name);
      const how = pointsAsImage ? ', points as one embedded image: too many for shapes' : '';
      return `Saved ${name} (${sizeText(blob.size)}${how}).`;
    });

  const python = () =>
    run(async () => {
      const code = pythonForState(appStore.getState());
      if (!code.ok) return code.error.message;
      await navigator.clipboard.writeText(code.value);
      const lines = code.value.trimEnd().split('\n').length;
      return `Copied ${lines} lines of imbalanced-learn code for ${appStore.getState().method}.`;
    });

  // Short visible text; the accessible name says what is exported.
  const button = (
    text: string,
    name: string,
    enabled: boolean,
    act: () => Promise<void>,
    hint?: string,
  ) => (
    <button
      type="button"
      aria-label={name}
      disabled={busy || !enabled}
      title={enabled ? undefined : hint}
      onClick={() => void act()}
    >
      {text}
    </button>
  );
  return (
    <section className="export" aria-label="Export">
      <div className="export-row">
        <span className="export-label">Export</span>
        <span className="export-group">output</span>
        {button('CSV', 'Output CSV', hasResult, () => data('csv'), 'Resample first')}
        {button('JSON', 'Output JSON', hasResult, () => data('json'), 'Resample first')}
        <span className="export-group">plot</span>
        {button('PNG', 'Plot PNG', ready, png)}
        {button('SVG', 'Plot SVG', ready, svg)}
        {button('Copy as Python', 'Copy as Python', ready, python)}
      </div>
      <p className="export-status" role="status">
        {message}
      </p>
      <ExportScalingNote />
    </section>
  );
}
