/**
 * Renders the page's text version for index.html (the `readingView` plugin in vite.config.ts
 * loads this through Vite, which compiles the components for the server).
 */
import { render } from 'svelte/server';
import type { Dataset } from '../../lib/model/schema.ts';
import ReadingView from './ReadingView.svelte';

/**
 * Without the comments Svelte leaves for hydration: this HTML is replaced, never hydrated.
 * @public (imported by path, through Vite, in vite.config.ts)
 */
export const renderReadingView = (data: Dataset): string =>
  render(ReadingView, { props: { data } }).body.replace(/<!--[[\]]?-->/g, '');
