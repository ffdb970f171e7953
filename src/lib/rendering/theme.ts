// Light and dark themes. Without a stored choice the page follows the system setting through
// CSS alone (color-scheme: light dark and light-dark()); a reader's choice is kept in
// localStorage and set on <html data-theme> before the first paint, so no wrong theme flashes.

export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';

export function parseTheme(value: string | null | undefined): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme on screen: the reader's choice, else the system's. */
export function effectiveTheme(chosen: Theme | null, systemPrefersDark: boolean): Theme {
  return chosen ?? (systemPrefersDark ? 'dark' : 'light');
}

/**
 * What a press of the toggle does: show the other theme. When the other theme is the system's,
 * the stored choice is cleared instead, so the page goes back to following the system.
 */
export function toggleTheme(chosen: Theme | null, systemPrefersDark: boolean): { theme: Theme; store: Theme | null } {
  const next: Theme = effectiveTheme(chosen, systemPrefersDark) === 'dark' ? 'light' : 'dark';
  const system: Theme = systemPrefersDark ? 'dark' : 'light';
  return { theme: next, store: next === system ? null : next };
}
