// Turns the "Catch it in code" sections into tabs (the WAI-ARIA tabs pattern, automatic
// activation). Without JavaScript the sections stay as they are: a heading and a code block each.
const STORAGE_KEY = 'sqlstate-catch-tab';

/** The index arrow, Home and End keys move to, or null for any other key. */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

function enhance(container: HTMLElement): void {
  const panels = [...container.querySelectorAll<HTMLElement>(':scope > section')];
  if (panels.length < 2 || container.querySelector(':scope > [role="tablist"]')) return;
  const tablist = document.createElement('div');
  tablist.className = 'catch-tablist';
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', container.dataset.tablistLabel!);
  const tabs = panels.map((panel) => {
    const heading = panel.querySelector('h3')!;
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

  const select = (index: number, remember: boolean) => {
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    // Storage can be disabled; the choice then lasts for this page only.
    if (remember) try { localStorage.setItem(STORAGE_KEY, panels[index]!.id); } catch {}
  };

  tablist.addEventListener('click', (event) => {
    const index = tabs.indexOf((event.target as Element).closest('button')!);
    if (index >= 0) select(index, true);
  });
  tablist.addEventListener('keydown', (event) => {
    const next = nextTabIndex(event.key, tabs.indexOf(document.activeElement as HTMLButtonElement), tabs.length);
    if (next === null) return;
    event.preventDefault();
    select(next, true);
    tabs[next]!.focus();
  });

  container.prepend(tablist);
  let remembered: string | null = null;
  try { remembered = localStorage.getItem(STORAGE_KEY); } catch {}
  select(Math.max(0, panels.findIndex((panel) => panel.id === remembered)), false);
}

export function startCatchTabs(): void {
  document.querySelectorAll<HTMLElement>('[data-catch-tabs]').forEach(enhance);
}
