import { describe, expect, test } from 'vitest';
import { codeToHtml } from 'shiki';
import {
  CODE_BACKGROUNDS,
  CODE_THEMES,
  contrastRatio,
  PALETTE,
  paletteCss,
  readableOn,
  styleToClasses,
  styleToClassTransformer,
} from './code-colors';
import { readFileSync } from 'node:fs';

describe('contrastRatio', () => {
  test('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#6a737d', '#6a737d')).toBeCloseTo(1, 5);
  });
});

describe('readableOn', () => {
  test('keeps a colour that is readable already', () => {
    expect(readableOn('#24292E', CODE_BACKGROUNDS.light)).toBe('#24292e');
  });

  test('darkens GitHub Light’s keyword red on the light code background to at least 4.5:1', () => {
    expect(contrastRatio('#d73a49', CODE_BACKGROUNDS.light)).toBeLessThan(4.5);
    const fixed = readableOn('#d73a49', CODE_BACKGROUNDS.light);
    expect(contrastRatio(fixed, CODE_BACKGROUNDS.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#000000')).toBeLessThan(contrastRatio('#d73a49', '#000000'));
  });

  test('lightens GitHub Dark’s comment grey on the dark code background', () => {
    const fixed = readableOn('#6a737d', CODE_BACKGROUNDS.dark);
    expect(contrastRatio(fixed, CODE_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(contrastRatio('#6a737d', '#ffffff'));
  });
});

describe('styleToClasses', () => {
  const palette = { light: ['000000', 'd73a49'], dark: ['f97583'] };

  test('names each colour by its place in its theme’s palette, and font styles by their own classes', () => {
    expect(styleToClasses('--shiki-light:#D73A49;--shiki-dark:#F97583;--shiki-light-font-style:italic;--shiki-dark-font-style:italic', palette)).toEqual([
      'l1',
      'd0',
      'fi',
    ]);
  });

  test('drops what the stylesheet gives every block: backgrounds and overflow', () => {
    expect(styleToClasses('--shiki-light:#000;--shiki-dark:#f97583;--shiki-light-bg:#fff;--shiki-dark-bg:#24292e; overflow-x: auto;', palette)).toEqual(['l0', 'd0']);
  });

  test('stops the build on a colour outside the palette or a declaration it has no class for, rather than break the CSP', () => {
    expect(() => styleToClasses('--shiki-light:#123456', palette)).toThrow(/#123456 is not in the light theme's palette/);
    expect(() => styleToClasses('color: red', palette)).toThrow(/no class stands for "color: red"/);
  });
});

describe('styleToClassTransformer with paletteCss', () => {
  const css = paletteCss();
  const samples: [string, string][] = [
    ['sql', "-- a comment\nINSERT INTO users (id, email) VALUES (1, 'a@example.org') ON CONFLICT DO NOTHING;"],
    ['python', 'try:\n    cur.execute(sql)  # run\nexcept errors.UniqueViolation as e:\n    print(e.pgcode)'],
    ['js', "try { await client.query(sql); } catch (err) { if (err.code === '23505') return null; }"],
    ['go', 'var pgErr *pgconn.PgError\nif errors.As(err, &pgErr) && pgErr.Code == "23505" { return nil }'],
    ['java', 'catch (PSQLException e) { if ("23505".equals(e.getSQLState())) { return; } }'],
    ['ruby', 'rescue PG::UniqueViolation => e\n  puts e.message'],
    ['csharp', 'catch (PostgresException e) when (e.SqlState == "23505") { }'],
  ];

  test.each(samples)('leaves no style attribute in highlighted %s, and styles every class it writes', async (lang, code) => {
    const html = await codeToHtml(code, { lang, themes: CODE_THEMES, defaultColor: false, transformers: [styleToClassTransformer] });
    expect(html).not.toMatch(/\sstyle=/);
    const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')).filter((c) => /^[ld]\d+$/.test(c)));
    expect(classes.size).toBeGreaterThan(1);
    for (const name of classes) expect(css).toContain(`.${name}{`);
  });

  test('makes every colour of both themes readable on its code background', () => {
    const rules = [...css.matchAll(/\.(([ld])\d+)\{--shiki-(?:light|dark):(#[0-9a-f]+)\}/g)];
    expect(rules).toHaveLength(PALETTE.light.length + PALETTE.dark.length);
    for (const [, klass, scheme, value] of rules) {
      const background = scheme === 'l' ? CODE_BACKGROUNDS.light : CODE_BACKGROUNDS.dark;
      expect(contrastRatio(value!, background), klass).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('uses the code backgrounds global.css declares', () => {
    const global = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
    expect(global).toContain(`--bg-code: light-dark(${CODE_BACKGROUNDS.light}, ${CODE_BACKGROUNDS.dark})`);
  });
});
