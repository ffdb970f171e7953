// One Shiki highlighter for every code block outside MDX bodies. Astro's <Code> creates its
// highlighter with the WebAssembly regex engine and re-reads both themes for every block;
// the build profile (npm run bench:scale) showed that as most of the rendering time.
// It runs in a worker thread (highlight-worker.ts), so imports carry their .ts extension:
// Node strips the types there without Vite.
import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { CODE_THEMES, styleToClassTransformer } from './code-colors.ts';

/** Every language an entry or a catch snippet uses; others are shown as plain text. */
const LANGUAGES = ['sql', 'js', 'ts', 'python', 'shell', 'ini', 'java', 'go', 'csharp', 'ruby', 'yaml', 'json'] as const;

let highlighter: Promise<Highlighter> | undefined;

/** The block as HTML, with the same classes and attributes Astro's <Code> gives it. */
export async function highlightHtml(code: string, lang: string, label?: string): Promise<string> {
  highlighter ??= createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: [...LANGUAGES],
    engine: createJavaScriptRegexEngine(),
  });
  const known = (LANGUAGES as readonly string[]).includes(lang);
  return (await highlighter).codeToHtml(code.replace(/\n$/, ''), {
    lang: known ? (lang as BundledLanguage) : 'text',
    themes: { light: CODE_THEMES.light.name!, dark: CODE_THEMES.dark.name! },
    defaultColor: false,
    transformers: [
      styleToClassTransformer,
      {
        pre(node) {
          // Astro's names for Shiki's classes, which the stylesheet and the copy buttons use.
          const classes = [node.properties.class].flat().join(' ').split(/\s+/);
          node.properties.class = classes.map((c) => ({ shiki: 'astro-code', 'shiki-themes': 'astro-code-themes' })[c] ?? c).join(' ');
          node.properties.tabindex = '0';
          node.properties.dataLanguage = known ? lang : 'plaintext';
          if (label) node.properties['aria-label'] = label;
        },
      },
    ],
  });
}
