import type { Dataset } from '../core/data/dataset';
import { rowValues } from '../core/data/dataset';
import { formatPoint } from '../plot/format-number';
import { useAppState } from '../state/app-store';
import { rowCells } from './row-cells';
import { rowStory } from './row-story';

/** One input row: its values (categories by name) and what the last run did with it. */
export function RowDetails({ data, row, title }: { data: Dataset; row: number; title: string }) {
  const result = useAppState((s) => s.result);
  const story = rowStory(row, result);
  return (
    <div className="row-details" data-row={row}>
      <h3>{title}</h3>
      <dl className="values">
        {rowCells(data, row).map((cell) => (
          <div key={cell.name}>
            <dt>{cell.name}</dt>
            <dd>{cell.text}</dd>
          </div>
        ))}
      </dl>
      <p className="point-line">x = {formatPoint(rowValues(data, row))}</p>
      {story.length > 0 && (
        <ul className="row-story">
          {story.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
