// A query that is exactly a code or a condition name needs no result list: the search page
// opens that code's page, as a reader who typed 53300 or unique_violation expects.

/** The code the query names exactly (any case, surrounding quotes and spaces ignored), if it names one. */
export function exactCode(query: string, codes: readonly (readonly [code: string, condition: string, ...rest: string[]])[]): string | undefined {
  const typed = query.trim().replace(/^["'`]+|["'`]+$/g, '').trim();
  const byCode = codes.find(([code]) => code === typed.toUpperCase());
  if (byCode) return byCode[0];
  // A condition name two codes share (string_data_right_truncation) has no single page to open.
  const named = codes.filter(([, condition]) => condition === typed.toLowerCase());
  return named.length === 1 ? named[0]![0] : undefined;
}
