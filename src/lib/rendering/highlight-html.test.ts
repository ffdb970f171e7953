import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { syntheticEntries } from '../../../scripts/bench/fixtures.mjs';
import { CODE_THEMES, styleToClassTransformer } from './code-colors';
import { compactSpans, highlightHtml, LANGUAGES, pairTheme } from './highlight-html';

/** What the highlighter must match: Shiki's dual-theme HTML, restyled, with Astro's names on the <pre>, no per-line wrapper and its spans compacted. */
async function dualThemeReference() {
  const shiki = await createHighlighter({ themes: [CODE_THEMES.light, CODE_THEMES.dark], langs: [...LANGUAGES], engine: createJavaScriptRegexEngine() });
  return (code: string, lang: string, label?: string) => {
    const known = (LANGUAGES as readonly string[]).includes(lang);
    const astroNames: ShikiTransformer = {
      pre(node) {
        const classes = [node.properties.class].flat().join(' ').split(/\s+/);
        node.properties.class = classes.map((c) => ({ shiki: 'astro-code', 'shiki-themes': 'astro-code-themes' })[c] ?? c).join(' ');
        node.properties.tabindex = '0';
        node.properties.dataLanguage = known ? lang : 'plaintext';
        if (label) node.properties['aria-label'] = label;
      },
    };
    const unwrapLine = (html: string) => html.replace(/<span class="line">((?:(?!<span class="line">)[\s\S])*?)<\/span>(?=\n|<\/code>)/g, '$1');
    const compact = (html: string) => html.replace(/(<code>)([\s\S]*)(<\/code>)/, (_, open: string, body: string, close: string) => open + compactSpans(body) + close);
    return compact(unwrapLine(shiki.codeToHtml(code.replace(/\n$/, ''), {
      lang: known ? lang : 'text',
      themes: { light: CODE_THEMES.light.name!, dark: CODE_THEMES.dark.name! },
      defaultColor: false,
      // As highlightHtml does: Shiki's default 500 ms per line gave up on a line when the CI machine was busy.
      tokenizeTimeLimit: 0,
      transformers: [styleToClassTransformer, astroNames],
    })));
  };
}

/** The code blocks of the written entries and of 400 synthetic ones (every language they use). */
function codeBlocks(): [code: string, lang: string][] {
  const blocks: [string, string][] = [];
  const add = (text: string) => {
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { fixes?: { code?: string; lang?: string }[]; reproduction?: { setup?: string; sql?: string } };
    for (const fix of data.fixes ?? []) if (fix.code) blocks.push([fix.code, fix.lang ?? 'sql']);
    if (data.reproduction?.sql) blocks.push([[data.reproduction.setup, data.reproduction.sql].filter(Boolean).join('\n\n'), 'sql']);
  };
  const dir = join(import.meta.dirname, '../../../content/postgresql');
  for (const name of readdirSync(dir)) add(readFileSync(join(dir, name), 'utf8'));
  for (const { text } of syntheticEntries(400)) add(text);
  return blocks;
}

describe('highlightHtml', () => {
  test('writes what Shiki writes with both themes, for every code block of the entries', async () => {
    const reference = await dualThemeReference();
    const blocks = codeBlocks();
    expect(blocks.length).toBeGreaterThan(2000);
    const different = [];
    for (const [code, lang] of blocks) if ((await highlightHtml(code, lang)) !== reference(code, lang)) different.push(`${lang}: ${code.slice(0, 60)}`);
    expect(different).toEqual([]);
  });

  test('writes what Shiki writes for markup characters, blank lines, tabs, labels and unknown languages', async () => {
    const reference = await dualThemeReference();
    const cases: [string, string, string?][] = [
      ['SELECT 1 < 2 AND \'a&b\' <> "x";\n\n\tSELECT 2;\n', 'sql', 'Compare "a" & b'],
      ['if (a < b && c) { return `<${tag}>`; }', 'ts'],
      ['plain text & <tags>\n  indented', 'brainfuck'],
      ['# comment\nkey = "value" # trailing', 'ini', 'Settings'],
    ];
    for (const [code, lang, label] of cases) expect(await highlightHtml(code, lang, label)).toBe(reference(code, lang, label));
  });
});

describe('pairTheme', () => {
  test('gives every coloured rule a colour of its own', () => {
    const { colors } = pairTheme(CODE_THEMES.light, CODE_THEMES.dark);
    const coloured = (CODE_THEMES.light.tokenColors ?? []).filter((rule) => rule.settings.foreground).length;
    expect(colors.size).toBe(coloured + 1);
  });

  test('refuses themes whose rules differ', () => {
    const dark = { ...CODE_THEMES.dark, tokenColors: [...(CODE_THEMES.dark.tokenColors ?? [])].reverse() };
    expect(() => pairTheme(CODE_THEMES.light, dark)).toThrow(/differ at rule 0/);
  });
});

describe('compactSpans', () => {
  const plain = 'l3 d9';

  test('unwraps text in the block\'s own colours and joins neighbours of one colour', () => {
    const html = '<span class="l8 d10">SELECT</span><span class="l3 d9"> id </span><span class="l8 d10">FROM</span><span class="l8 d10"> users</span><span>;</span>';
    expect(compactSpans(html, plain)).toBe('<span class="l8 d10">SELECT</span> id <span class="l8 d10">FROM users</span>;');
  });

  test('keeps white space inside a span of one colour, but not under an underline, and ends it at a line break', () => {
    expect(compactSpans('<span class="l8 d10">NOT</span><span class="l3 d9"> </span><span class="l8 d10">NULL</span>', plain)).toBe('<span class="l8 d10">NOT NULL</span>');
    expect(compactSpans('<span class="l5 d2">-- one </span>\n<span class="l5 d2">-- two</span>', plain)).toBe('<span class="l5 d2">-- one </span>\n<span class="l5 d2">-- two</span>');
    expect(compactSpans('<span class="l1 fu">a</span><span class="l3 d9"> </span><span class="l1 fu">b</span>', plain)).toBe('<span class="l1 fu">a</span> <span class="l1 fu">b</span>');
  });
});
