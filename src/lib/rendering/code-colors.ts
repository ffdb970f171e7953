// Syntax colours for code blocks as classes instead of inline styles, so that the site's
// Content-Security-Policy can forbid style attributes. Shiki writes each token's colours as
// `style="--shiki-light:#D73A49;--shiki-dark:#F97583"`; the transformer turns that into
// `class="l5 d9"` (the colour's place in each theme's palette: short, because a code-heavy page
// carries hundreds), and paletteCss() writes one rule per colour the two themes use, each
// adjusted to stay readable (WCAG AA) on the site's code background.
import type { ShikiTransformer, ThemeRegistrationRaw } from 'shiki';
import githubLight from 'shiki/themes/github-light.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import { memoized } from '../site/memo.ts';

export const CODE_THEMES = { light: githubLight, dark: githubDark } satisfies Record<string, ThemeRegistrationRaw>;

/** The code background in each scheme: global.css declares the same values as --bg-code. */
export const CODE_BACKGROUNDS = { light: '#f6f8fa', dark: '#161b22' } as const;

/** WCAG 2 AA for normal text; a little above 4.5 so rounding in a checker cannot tip it under. */
const MIN_CONTRAST = 4.6;

type Scheme = 'light' | 'dark';
type Rgb = [number, number, number];

function parseHex(color: string): { rgb: Rgb; alpha: number } {
  const hex = color.replace(/^#/, '').toLowerCase();
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(full)) throw new Error(`code-colors: not a hex colour: ${color}`);
  const channel = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return { rgb: [channel(0), channel(2), channel(4)], alpha: full.length === 8 ? channel(6) / 255 : 1 };
}

const toHex = (rgb: Rgb) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

/** "#FFF", "#ffffff" and "#FFFFFFFF" name the same colour: class names use the 6 or 8 digit lower-case form. */
export function normalizeHex(color: string): string {
  const hex = color.replace(/^#/, '').toLowerCase();
  return hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const mix = (from: Rgb, to: Rgb, amount: number): Rgb => from.map((c, i) => c + (to[i]! - c) * amount) as Rgb;

/** The colour as it shows on the background: a translucent colour blends into it. */
function opaqueOn(color: string, background: string): Rgb {
  const { rgb, alpha } = parseHex(color);
  return mix(parseHex(background).rgb, rgb, alpha);
}

/** The WCAG 2 contrast ratio of a text colour on a background, from 1 to 21. */
export function contrastRatio(color: string, background: string): number {
  const a = luminance(opaqueOn(color, background));
  const b = luminance(parseHex(background).rgb);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The colour itself when it is readable on the background; otherwise the nearest colour towards
 * black (on a light background) or white (on a dark one) that is.
 */
export function readableOn(color: string, background: string, minimum = MIN_CONTRAST): string {
  const rgb = opaqueOn(color, background);
  const text = toHex(rgb);
  if (contrastRatio(text, background) >= minimum) return parseHex(color).alpha === 1 ? `#${normalizeHex(color)}` : text;
  const target: Rgb = luminance(parseHex(background).rgb) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const candidate = toHex(mix(rgb, target, step / 100));
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toHex(target);
}

/** Every foreground colour a theme can give a token, and its default text colour. */
export function themeColors(theme: ThemeRegistrationRaw): string[] {
  const colors = new Set<string>();
  const add = (color: unknown) => typeof color === 'string' && colors.add(normalizeHex(color));
  add(theme.fg);
  add(theme.colors?.['editor.foreground']);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) add(rule.settings?.foreground);
  return [...colors].sort();
}

export type Palette = Record<Scheme, string[]>;

export const PALETTE: Palette = { light: themeColors(CODE_THEMES.light), dark: themeColors(CODE_THEMES.dark) };

const FONT_CLASSES: Record<string, string> = {
  'font-style:italic': 'fi',
  'font-weight:bold': 'fb',
  'text-decoration:underline': 'fu',
  'text-decoration:line-through': 'fs',
};

/**
 * The classes that stand for one Shiki style attribute. Background, overflow and wrapping
 * declarations are dropped: the stylesheet gives every code block those.
 */
export function styleToClasses(style: string, palette: Palette = PALETTE): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [rawName, ...rest] = declaration.split(':');
    const name = rawName?.trim().toLowerCase() ?? '';
    const value = rest.join(':').trim().toLowerCase();
    if (!name) continue;
    const color = /^--shiki-(light|dark)$/.exec(name);
    if (color) {
      const scheme = color[1] as Scheme;
      const index = palette[scheme].indexOf(normalizeHex(value));
      if (index < 0) throw new Error(`code-colors: ${value} is not in the ${scheme} theme's palette`);
      classes.push(`${scheme[0]}${index}`);
      continue;
    }
    const font = /^--shiki-(?:light|dark)-(font-style|font-weight|text-decoration)$/.exec(name);
    if (font) {
      for (const part of value.split(/\s+/)) {
        const fontClass = FONT_CLASSES[`${font[1]}:${part}`];
        if (fontClass && !classes.includes(fontClass)) classes.push(fontClass);
      }
      continue;
    }
    if (/^--shiki-(light|dark)-bg$/.test(name) || ['background-color', 'overflow-x', 'white-space', 'word-wrap', 'overflow-wrap'].includes(name)) {
      continue;
    }
    if (name === 'user-select' && value === 'none') {
      classes.push('no-select');
      continue;
    }
    throw new Error(`code-colors: no class stands for "${declaration.trim()}" in a Shiki style attribute`);
  }
  return classes;
}

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}

/** A code-heavy build restyles millions of tokens with a few dozen distinct styles: parse each once. */
const cachedStyleToClasses = memoized((style) => styleToClasses(style));

function restyle(node: HastElement): void {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  delete node.properties.style;
  const existing = node.properties.class ?? node.properties.className;
  const current = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/) : [];
  const merged = [...current, ...cachedStyleToClasses(style)].filter(Boolean);
  delete node.properties.className;
  if (merged.length > 0) node.properties.class = merged.join(' ');
}

function walk(node: unknown): void {
  const element = node as Partial<HastElement>;
  if (element.type === 'element') restyle(element as HastElement);
  for (const child of element.children ?? []) walk(child);
}

/** Runs last, after Astro's own transformer has added its styles to the <pre>. */
export const styleToClassTransformer: ShikiTransformer = {
  name: 'sqlstate:style-to-class',
  enforce: 'post',
  root(root) {
    walk(root);
  },
};

/** The rules for every colour and font class the two themes can produce. */
export function paletteCss(palette: Palette = PALETTE, backgrounds: Record<Scheme, string> = CODE_BACKGROUNDS): string {
  const rules: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    palette[scheme].forEach((color, index) => {
      rules.push(`.${scheme[0]}${index}{--shiki-${scheme}:${readableOn(color, backgrounds[scheme])}}`);
    });
  }
  rules.push('.astro-code .fi{font-style:italic}', '.astro-code .fb{font-weight:bold}');
  rules.push('.astro-code .fu{text-decoration:underline}', '.astro-code .fs{text-decoration:line-through}');
  rules.push('.astro-code .no-select{user-select:none}');
  return rules.join('\n') + '\n';
}

export const PALETTE_MODULE = 'virtual:code-colors.css';

/** A Vite plugin that serves paletteCss() as a stylesheet module the layout imports. */
export function codeColorsVitePlugin() {
  const resolved = `\0${PALETTE_MODULE}`;
  return {
    name: 'sqlstate:code-colors',
    resolveId(id: string) {
      return id === PALETTE_MODULE ? resolved : undefined;
    },
    load(id: string) {
      return id === resolved ? paletteCss() : undefined;
    },
  };
}
