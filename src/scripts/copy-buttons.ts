// Copy buttons, added by script so that a page without JavaScript shows none that cannot work:
// one on every code block, and one beside the code in an entry's title ([data-copy]).

const RESET_AFTER_MS = 2000;

function announcer(): (text: string) => void {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  return (text) => {
    status.textContent = text;
  };
}

function copyButton(name: string, text: () => string, announce: (text: string) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', name);
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    let result: string;
    try {
      await navigator.clipboard.writeText(text());
      result = 'Copied';
    } catch {
      result = 'Copy failed';
    }
    button.textContent = result;
    announce(result);
    clearTimeout(reset);
    reset = setTimeout(() => {
      button.textContent = 'Copy';
    }, RESET_AFTER_MS);
  });
  return button;
}

export function startCopyButtons(): void {
  // The Clipboard API needs a secure context (https or localhost): elsewhere, no buttons.
  if (!navigator.clipboard) return;
  const announce = announcer();
  for (const pre of document.querySelectorAll<HTMLPreElement>('main pre')) {
    // Beside the block, not inside it: the block's text stays the code alone, and the button
    // stays in the corner when a long line scrolls.
    const holder = document.createElement('div');
    holder.className = 'code-block';
    pre.before(holder);
    const what = pre.getAttribute('aria-label') ?? 'code';
    holder.append(pre, copyButton(`Copy ${what}`, () => pre.textContent ?? '', announce));
  }
  for (const holder of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    const value = holder.dataset.copy ?? '';
    holder.append(copyButton(`Copy ${value}`, () => value, announce));
  }
}
