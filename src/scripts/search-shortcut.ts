// "/" and Ctrl+K (⌘K on a Mac) put the cursor in the search box from anywhere on the page,
// as on the documentation sites readers know. Typing in a field keeps its "/".

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function startSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    // The search page's own box first, else the header's.
    const box = document.querySelector<HTMLInputElement>('main [data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
