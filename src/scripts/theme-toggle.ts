// The header's theme switch. <html data-theme> holds the reader's choice (THEME_INIT_SCRIPT set
// it from storage before the first paint); without one, CSS follows the system setting.
import { effectiveTheme, parseTheme, THEME_STORAGE_KEY, toggleTheme, type Theme } from '../lib/rendering/theme';

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function apply(theme: Theme | null): void {
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/** Storage can be blocked; the choice then lasts until the reader leaves the page. */
function remember(theme: Theme | null): void {
  try {
    if (theme) localStorage.setItem(THEME_STORAGE_KEY, theme);
    else localStorage.removeItem(THEME_STORAGE_KEY);
  } catch {}
}

export function startThemeToggle(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  const render = () => {
    const dark = effectiveTheme(parseTheme(root.dataset.theme), systemDark.matches) === 'dark';
    for (const button of buttons) button.setAttribute('aria-pressed', String(dark));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const { store } = toggleTheme(parseTheme(root.dataset.theme), systemDark.matches);
      apply(store);
      remember(store);
      render();
    });
    button.hidden = false;
  }
  systemDark.addEventListener('change', render);
  render();
}
