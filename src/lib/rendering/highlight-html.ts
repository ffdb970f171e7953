// One Shiki highlighter for every code block outside MDX bodies, in a worker thread
// (highlight-worker.ts), so imports carry their .ts extension: Node strips the types there
// without Vite.
//
// Shiki's dual-theme mode tokenizes every block once per theme and then builds a HAST tree;
// at 10,000 entries that was most of the build's rendering time. GitHub's light and dark themes
// have the same rules in the same order (only the colours differ), so one pass with a "pair"
// theme, whose every rule has a colour of its own, tells which rule coloured each token, and
// both themes' colours follow from it. The HTML is the same, byte for byte, as Shiki's
// dual-theme output with styleToClassTransformer (highlight-html.test.ts compares them).
import { createHighlighter, type BundledLanguage, type BundledTheme, type Highlighter, type ThemeRegistrationRaw, type ThemedToken } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { CODE_THEMES, styleToClasses } from './code-colors.ts';

/** Every language an entry or a catch snippet uses; others are shown as plain text. */
export const LANGUAGES = ['sql', 'js', 'ts', 'python', 'shell', 'ini', 'java', 'go', 'csharp', 'ruby', 'yaml', 'json'] as const;

/** The colour a token gets when no rule of the pair theme matches it: each theme's foreground. */
const DEFAULT_MARK = '#fffffe';

export interface PairTheme {
  theme: ThemeRegistrationRaw;
  /** The light and the dark colour behind each of the pair theme's colours (lower-case hex). */
  colors: Map<string, { light: string; dark: string }>;
}

type Rule = { scope?: string | string[]; settings: { foreground?: string; fontStyle?: string } };
const rulesOf = (theme: ThemeRegistrationRaw) => (theme.tokenColors ?? theme.settings ?? []) as Rule[];

/** The pair theme for two themes with the same rules; an error names the first rule that differs. */
export function pairTheme(light: ThemeRegistrationRaw, dark: ThemeRegistrationRaw): PairTheme {
  const lightRules = rulesOf(light);
  const darkRules = rulesOf(dark);
  const foreground = (theme: ThemeRegistrationRaw) => (theme.fg ?? theme.colors?.['editor.foreground'])!;
  const colors = new Map([[DEFAULT_MARK, { light: foreground(light), dark: foreground(dark) }]]);
  if (lightRules.length !== darkRules.length) throw new Error(`${light.name} has ${lightRules.length} rules, ${dark.name} ${darkRules.length}`);
  const tokenColors = lightRules.map((rule, i) => {
    const other = darkRules[i]!;
    const same =
      JSON.stringify(rule.scope) === JSON.stringify(other.scope) &&
      rule.settings.fontStyle === other.settings.fontStyle &&
      !rule.settings.foreground === !other.settings.foreground;
    if (!same) throw new Error(`${light.name} and ${dark.name} differ at rule ${i} (${JSON.stringify(rule.scope)})`);
    if (!rule.settings.foreground) return rule;
    const mark = `#${(i + 1).toString(16).padStart(6, '0')}`;
    colors.set(mark, { light: rule.settings.foreground, dark: other.settings.foreground! });
    return { ...rule, settings: { ...rule.settings, foreground: mark } };
  });
  const theme: ThemeRegistrationRaw = {
    name: `${light.name}+${dark.name}`,
    type: 'light',
    fg: DEFAULT_MARK,
    bg: '#ffffff',
    colors: { 'editor.foreground': DEFAULT_MARK, 'editor.background': '#ffffff' },
    settings: tokenColors,
  };
  return { theme, colors };
}

const PAIR = pairTheme(CODE_THEMES.light, CODE_THEMES.dark);
const FONT_STYLES: [bit: number, name: string, value: string][] = [
  [1, 'font-style', 'italic'],
  [2, 'font-weight', 'bold'],
];
const DECORATIONS: [bit: number, value: string][] = [
  [4, 'underline'],
  [8, 'line-through'],
];

/** The style Shiki's dual-theme mode writes for a token, in its order: each theme's colour, then its font. */
function dualStyle(light: string, dark: string, fontStyle: number): string {
  const font = FONT_STYLES.filter(([bit]) => fontStyle & bit).map(([, name, value]) => [name, value]);
  const decoration = DECORATIONS.filter(([bit]) => fontStyle & bit).map(([, value]) => value);
  if (decoration.length > 0) font.push(['text-decoration', decoration.join(' ')]);
  const scheme = (name: string, color: string) => [`--shiki-${name}:${color}`, ...font.map(([key, value]) => `--shiki-${name}-${key}:${value}`)];
  return [...scheme('light', light), ...scheme('dark', dark)].join(';');
}

/** A build colours millions of tokens with a few dozen colour and font pairs: each is worked out once. */
const classesByToken = new Map<string, string>();
function tokenClasses(token: ThemedToken): string {
  if (!token.color) return ''; // plain text: Shiki gives it no style
  const key = `${token.color}|${token.fontStyle ?? 0}`;
  let classes = classesByToken.get(key);
  if (classes === undefined) {
    const pair = PAIR.colors.get(token.color.toLowerCase());
    if (!pair) throw new Error(`highlight: ${token.color} is not a colour of the pair theme`);
    classes = styleToClasses(dualStyle(pair.light, pair.dark, token.fontStyle ?? 0)).join(' ');
    classesByToken.set(key, classes);
  }
  return classes;
}

/** As hast-util-to-html writes text and attribute values. */
const escapeText = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');

/**
 * One line's spans. Tokens the pair theme split but both themes colour alike are joined again,
 * as Shiki joins them when each theme tokenizes on its own; whitespace joins the token after it.
 */
function lineHtml(tokens: ThemedToken[]): string {
  const joined: { content: string; classes: string; type?: number }[] = [];
  for (const token of tokens) {
    const classes = tokenClasses(token);
    const last = joined.at(-1);
    if (last && last.classes === classes && last.type === token.type) last.content += token.content;
    else joined.push({ content: token.content, classes, type: token.type });
  }
  let spans = '';
  let whitespace = '';
  joined.forEach((token, i) => {
    if (/^\s+$/.test(token.content) && i < joined.length - 1) {
      whitespace += token.content;
      return;
    }
    spans += `<span${token.classes ? ` class="${token.classes}"` : ''}>${escapeText(whitespace + token.content)}</span>`;
    whitespace = '';
  });
  // No per-line wrapper: nothing styles or scripts it, and it cost each entry page ~80 gzipped bytes.
  return spans;
}

/** The classes of the themes' own text colour, which the <pre> carries and its text inherits. */
const PLAIN = styleToClasses(
  [
    `--shiki-light:${CODE_THEMES.light.colors!['editor.foreground']}`,
    `--shiki-dark:${CODE_THEMES.dark.colors!['editor.foreground']}`,
    `--shiki-light-bg:${CODE_THEMES.light.colors!['editor.background']}`,
    `--shiki-dark-bg:${CODE_THEMES.dark.colors!['editor.background']}`,
  ].join(';'),
).join(' ');

const preClasses = ['astro-code astro-code-themes', CODE_THEMES.light.name, CODE_THEMES.dark.name, PLAIN].join(' ');

/**
 * The same colours in fewer bytes: text in the block's own colours loses its span (it inherits
 * them from the <pre>), and neighbouring spans of one colour become one. Shiki keeps both apart;
 * on a code-heavy entry page they cost a few hundred gzipped bytes of the first-load budget.
 */
export function compactSpans(codeHtml: string, plain = PLAIN): string {
  let html = '';
  let open: string | undefined;
  for (const [, classes, text, other] of codeHtml.matchAll(/<span(?: class="([^"]*)")?>([^<]*)<\/span>|([^<]+)/g)) {
    const content = other ?? text!;
    // White space shows no colour, so it stays inside an open span, unless that span draws a line;
    // a line break ends the span, so that no line of the HTML ends in white space kept inside it.
    const blank = /^[^\S\n]*$/.test(content) && open !== undefined && !/\bf[us]\b/.test(open);
    const colour = blank ? open : other === undefined && classes && classes !== plain ? classes : undefined;
    if (colour !== open) html += open ? '</span>' : '';
    if (colour && colour !== open) html += `<span class="${colour}">`;
    html += content;
    open = colour;
  }
  return html + (open ? '</span>' : '');
}

let highlighter: Promise<Highlighter> | undefined;

/** The block as HTML, with the same classes and attributes Astro's <Code> gives it. */
export async function highlightHtml(code: string, lang: string, label?: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: [PAIR.theme], langs: [...LANGUAGES], engine: createJavaScriptRegexEngine() });
  const known = (LANGUAGES as readonly string[]).includes(lang);
  const lines = (await highlighter).codeToTokensBase(code.replace(/\n$/, ''), {
    lang: known ? (lang as BundledLanguage) : 'text',
    // Registered under its name by createHighlighter above; Shiki's type only knows bundled names.
    theme: PAIR.theme.name as BundledTheme,
    // Token types split tokens in Shiki's own tokenization too: joining must respect them.
    includeExplanation: 'tokenType',
    // No time limit per line (Shiki's default is 500 ms): on a busy machine a line would be left
    // half highlighted, and the same block would render differently from build to build.
    tokenizeTimeLimit: 0,
  });
  const attributes = `class="${preClasses}" tabindex="0" data-language="${known ? lang : 'plaintext'}"${label ? ` aria-label="${escapeAttribute(label)}"` : ''}`;
  return `<pre ${attributes}><code>${compactSpans(lines.map(lineHtml).join('\n'))}</code></pre>`;
}
