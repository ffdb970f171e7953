// Small pieces of English the pages compose from counts.

/** "1 message", "2 messages": the count with the noun in the number it needs. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a, b and c": items joined as a sentence lists them. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The text cut after each underscore, where a line may break: a condition name such as
 * sqlserver_rejected_establishment_of_sqlconnection is one word to the browser otherwise.
 */
export function breakAfterUnderscores(text: string): string[] {
  return text.split(/(?<=_)/);
}
