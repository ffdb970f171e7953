// An entry page shows the message formats readers meet most; a code with more has a page that
// lists them all (/postgresql/<CODE>/messages/), so that every entry page stays within the
// first-load budget (one TCP initial window, tests/e2e/budget.spec.ts).

/** How many message formats an entry page shows, most common first (code-facts orders them). */
export const MESSAGES_ON_ENTRY = 12;

export function hasMessagesPage(messageCount: number): boolean {
  return messageCount > MESSAGES_ON_ENTRY;
}

/** The formats an entry page shows, and how many only the messages page lists. */
export function entryMessages<T>(messages: readonly T[]): { shown: T[]; onlyOnMessagesPage: number } {
  const shown = messages.slice(0, MESSAGES_ON_ENTRY);
  return { shown, onlyOnMessagesPage: messages.length - shown.length };
}
