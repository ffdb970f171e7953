// Turns each group of per-stack panels ("Catch it in code", a fix written per stack; sections whose
// first child is the heading naming the stack) into tabs (the WAI-ARIA tabs pattern, automatic
// activation). Every group opens the stack the reader last chose, on this page and the next, and
// a choice in one group switches the others that offer it. A stack is known by its label, which
// every group takes from the same adapter: an attribute per panel would cost each entry page
// about 50 gzipped bytes of its first-load budget.
// Without JavaScript the panels stay as they are: a heading and a code block each.
const STORAGE_KEY = 'sqlstate-stack';

/** The index arrow, Home and End keys move to, or null for any other key. */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The panel to open: the one for the remembered stack, else the first. */
export function openIndex(stacks: readonly string[], remembered: string | null): number {
  return Math.max(0, stacks.indexOf(remembered ?? ''));
}

/** Each enhanced group, to switch to a stack chosen in another. */
const groups: ((stack: string) => void)[] = [];

function remember(stack: string): void {
  // Storage can be disabled; the choice then lasts for this page only.
  try { localStorage.setItem(STORAGE_KEY, stack); } catch {}
  groups.forEach((follow) => follow(stack));
}

function enhance(container: HTMLElement, remembered: string | null): void {
  const panels = [...container.querySelectorAll<HTMLElement>(':scope > section')];
  if (panels.length < 2 || container.querySelector(':scope > [role="tablist"]')) return;
  const tablist = document.createElement('div');
  tablist.className = 'stack-tablist';
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', container.dataset.tablistLabel!);
  const tabs = panels.map((panel) => {
    const heading = panel.firstElementChild as HTMLElement;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `${panel.id}-tab`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    tab.textContent = heading.textContent;
    heading.hidden = true;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    tablist.append(tab);
    return tab;
  });
  const stacks = tabs.map((tab) => tab.textContent!);

  const select = (index: number) => {
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
  };
  const choose = (index: number) => {
    select(index);
    remember(stacks[index]!);
  };

  tablist.addEventListener('click', (event) => {
    const index = tabs.indexOf((event.target as Element).closest('button')!);
    if (index >= 0) choose(index);
  });
  tablist.addEventListener('keydown', (event) => {
    const next = nextTabIndex(event.key, tabs.indexOf(document.activeElement as HTMLButtonElement), tabs.length);
    if (next === null) return;
    event.preventDefault();
    choose(next);
    tabs[next]!.focus();
  });

  container.prepend(tablist);
  groups.push((stack) => {
    if (stacks.includes(stack)) select(stacks.indexOf(stack));
  });
  select(openIndex(stacks, remembered));
}

export function startStackTabs(): void {
  let remembered: string | null = null;
  try { remembered = localStorage.getItem(STORAGE_KEY); } catch {}
  document.querySelectorAll<HTMLElement>('[data-stack-tabs]').forEach((container) => enhance(container, remembered));
}
