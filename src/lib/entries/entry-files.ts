// Checks across entry files, which the per-entry schema cannot see.

export interface EntryFile {
  /** The file's path, as the writer would open it. */
  file: string;
  /** The `code` in its frontmatter. */
  code: string;
  /** The MDX body: what the error means. */
  body: string;
}

/** One sentence per problem, each naming the file so a writer can act on it. */
export function entryFileProblems(entries: EntryFile[]): string[] {
  const problems: string[] = [];
  const filesByCode = new Map<string, string[]>();
  for (const { file, code, body } of entries) {
    filesByCode.set(code, [...(filesByCode.get(code) ?? []), file]);
    const name = file.split('/').pop()!.replace(/\.mdx?$/, '');
    if (name !== code) problems.push(`${file}: code is "${code}", so the file must be named ${code}.mdx`);
    if (body.trim() === '') problems.push(`${file}: the body is empty; it must say what ${code} means`);
  }
  for (const [code, files] of filesByCode) {
    if (files.length > 1) problems.push(`${files.join(' and ')}: two entries for ${code}; keep one`);
  }
  return problems;
}
