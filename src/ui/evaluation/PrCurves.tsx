import { line, scaleLinear } from 'd3';
import { useMemo } from 'react';
import type { EvaluationReport } from '../../core/evaluation/protocol';
import { confusionAtThreshold, prCurvePoints } from '../../core/evaluation/threshold-view';
import { precision, recall } from '../../core/learn/metrics';
import { variantStyle } from './variant-styles';

const SIZE = { width: 400, height: 260 };
const M = { top: 10, right: 12, bottom: 38, left: 46 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const x = scaleLinear()
  .domain([0, 1])
  .range([M.left, SIZE.width - M.right]);
const y = scaleLinear()
  .domain([0, 1])
  .range([SIZE.height - M.bottom, M.top]);
const drawCurve = line<{ recall: number; precision: number }>()
  .x((p) => x(p.recall))
  .y((p) => y(p.precision));

/** Pooled out-of-fold precision-recall curves, one per variant, with each at the chosen threshold dotted. */
export function PrCurves({ report, threshold }: { report: EvaluationReport; threshold: number }) {
  const paths = useMemo(
    () =>
      report.results.map((r) => drawCurve(prCurvePoints(r.pooled.truth, r.pooled.scores)) ?? ''),
    [report],
  );
  const dots = report.results.map((r) => {
    const m = confusionAtThreshold(r.pooled.truth, r.pooled.scores, threshold);
    return { recall: recall(m), precision: m.tp + m.fp === 0 ? 1 : precision(m) };
  });
  return (
    <figure className="eval-figure">
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label={`Precision-recall curves of ${report.results.map((r) => r.method).join(', ')}, pooled over every test fold`}
      >
        {TICKS.map((t) => (
          <g key={t} className="eval-grid">
            <line x1={x(t)} x2={x(t)} y1={y(0)} y2={y(1)} />
            <line x1={x(0)} x2={x(1)} y1={y(t)} y2={y(t)} />
            <text x={x(t)} y={y(0) + 14} textAnchor="middle">
              {t}
            </text>
            <text x={x(0) - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <text
          className="eval-axis-label"
          x={(x(0) + x(1)) / 2}
          y={SIZE.height - 4}
          textAnchor="middle"
        >
          Recall
        </text>
        <text
          className="eval-axis-label"
          transform={`translate(12 ${(y(0) + y(1)) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Precision
        </text>
        {paths.map((d, i) => {
          const style = variantStyle(i);
          return (
            <path
              key={report.results[i].method}
              d={d}
              data-variant={report.results[i].method}
              fill="none"
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash || undefined}
            />
          );
        })}
        {dots.map((p, i) => (
          <circle
            key={report.results[i].method}
            cx={x(p.recall)}
            cy={y(p.precision)}
            r={4}
            style={{ fill: 'var(--surface)' }}
            stroke={variantStyle(i).color}
            strokeWidth={2}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="eval-legend" aria-label="Curve legend">
          {report.results.map((r, i) => {
            const style = variantStyle(i);
            return (
              <li key={r.method}>
                <svg width="34" height="10" aria-hidden="true">
                  <line
                    x1="1"
                    x2="33"
                    y1="5"
                    y2="5"
                    stroke={style.color}
                    strokeWidth={2}
                    strokeDasharray={style.dash || undefined}
                  />
                </svg>
                {r.method} (mean PR AUC {r.metrics.pr_auc.mean.toFixed(3)})
              </li>
            );
          })}
        </ul>
        Circles mark each variant at the threshold below.
      </figcaption>
    </figure>
  );
}
