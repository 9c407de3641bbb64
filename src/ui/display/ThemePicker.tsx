import { appStore, useAppState } from '../../state/app-store';
import { THEMES, type ThemeName } from '../../state/display-params';
import { THEME_LABELS } from './control-labels';

interface ThemeSelectProps {
  label: string;
  value: ThemeName | null;
  /** What no theme means here, e.g. "System (light)". */
  noneLabel: string;
  onChange(theme: ThemeName | null): void;
}

/** A labelled list of the themes, with a first entry for "none chosen". */
export function ThemeSelect({ label, value, noneLabel, onChange }: ThemeSelectProps) {
  return (
    <label className="theme-picker">
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => {
          const text = e.currentTarget.value;
          onChange(THEMES.find((name) => name === text) ?? null);
        }}
      >
        <option value="">{noneLabel}</option>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {THEME_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Theme list; "System" follows the system's colour scheme and is left out of the link. */
export function ThemePicker() {
  const theme = useAppState((s) => s.theme);
  const system = useAppState((s) => s.systemTheme);
  return (
    <ThemeSelect
      label="Theme"
      value={theme}
      noneLabel={`System (${THEME_LABELS[system].toLowerCase()})`}
      onChange={(next) => appStore.getState().setTheme(next)}
    />
  );
}
