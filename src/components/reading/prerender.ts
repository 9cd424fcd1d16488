/**
 * Renders the page's text version for index.html. The `readingView` plugin in vite.config.ts
 * compiles this module for the server in a build of its own, then imports it.
 */
import { render } from 'svelte/server';
import type { Dataset } from '../../lib/model/schema.ts';
import ReadingView from './ReadingView.svelte';

/**
 * Without the comments Svelte leaves for hydration: this HTML is replaced, never hydrated.
 * @public (imported by path, through Vite, in vite.config.ts)
 */
export const renderReadingView = (data: Dataset, linked: boolean): string =>
  render(ReadingView, { props: { data, linked } }).body.replace(/<!--[[\]]?-->/g, '');
