// Small pieces of English the pages compose from counts.

/** "1 message", "2 messages": the count with the noun in the number it needs. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "The one error number", "The 12 error numbers": a count that opens a sentence, never "The 1 ... numbers". */
export function theCounted(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? `The one ${singular}` : `The ${count.toLocaleString('en-US')} ${plural}`;
}

/**
 * "Python (mysqlclient, MySQLdb)": a thing and what it is, in parentheses, without nesting them
 * when the name carries its own ("mysqlclient (MySQLdb)").
 */
export function withAside(main: string, aside: string): string {
  return `${main} (${aside.replace(/\s*\(([^()]*)\)/g, ', $1')})`;
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
