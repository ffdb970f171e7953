// The 404 page: a code typed in the wrong case goes to its page; anything else fills the search box.
import { missingPage } from '../lib/site/not-found';

export function startNotFound(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const { redirect, query } = missingPage(location.pathname, base);
  if (redirect) {
    location.replace(redirect);
    return;
  }
  const box = document.querySelector<HTMLInputElement>('#notfound-search');
  if (box && query) box.value = query;
}
