import { describe, expect, test } from 'vitest';
import { effectiveTheme, parseTheme, toggleTheme } from './theme';
import { THEME_INIT_SCRIPT } from './theme-init';

describe('effectiveTheme', () => {
  test('follows the system when the reader chose nothing', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
  });

  test('keeps the reader’s choice against the system', () => {
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
});

describe('toggleTheme', () => {
  test('switches a system-light page to dark and remembers it', () => {
    expect(toggleTheme(null, false)).toEqual({ theme: 'dark', store: 'dark' });
  });

  test('switches a system-dark page to light and remembers it', () => {
    expect(toggleTheme(null, true)).toEqual({ theme: 'light', store: 'light' });
  });

  test('goes back to following the system when the other theme is the system’s', () => {
    expect(toggleTheme('dark', false)).toEqual({ theme: 'light', store: null });
    expect(toggleTheme('light', true)).toEqual({ theme: 'dark', store: null });
  });
});

describe('parseTheme', () => {
  test('accepts only the two themes', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('auto')).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
});

describe('THEME_INIT_SCRIPT', () => {
  function run(stored: string | null, storageThrows = false) {
    const root = { dataset: {} as Record<string, string> };
    const localStorage = {
      getItem: () => {
        if (storageThrows) throw new Error('SecurityError');
        return stored;
      },
    };
    new Function('localStorage', 'document', THEME_INIT_SCRIPT)(localStorage, { documentElement: root });
    return root.dataset.theme;
  }

  test('sets the stored theme on the root element', () => {
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
  });

  test('leaves the page to the system when nothing valid is stored or storage is blocked', () => {
    expect(run(null)).toBeUndefined();
    expect(run('purple')).toBeUndefined();
    expect(run('dark', true)).toBeUndefined();
  });
});
