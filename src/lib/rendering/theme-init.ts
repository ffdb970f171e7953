// The script that sets a reader's stored theme before the first paint (src/lib/rendering/theme.ts says
// why). A module of its own so that the browser bundle of the theme switch does not carry it.
import { THEME_STORAGE_KEY } from './theme';

/**
 * Runs in <head> before the body is parsed: it must stay tiny, synchronous and dependency-free.
 * localStorage throws where storage is blocked; the page then simply follows the system.
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
