import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './components/reading/reading.css';
import { missingFeatures } from './lib/baseline.ts';
import { addressInLanguage, chooseLanguage } from './lib/i18n/language.ts';
import { pageLanguage } from './lib/i18n/pageLanguage.ts';

// Below the supported browsers, index.html's message shows (public/startup-check.js shows it
// whenever the explorer has not started); here it also names what is missing.
const missing = missingFeatures(window as unknown as Parameters<typeof missingFeatures>[0]);
if (missing.length > 0) {
  const reason = document.getElementById('startup-reason');
  if (reason) {
    reason.textContent = `This browser is older than the explorer needs: it lacks ${missing.join(', ')}.`;
    // For the message in the reader's language (public/startup-check.js).
    reason.dataset.missing = missing.join(', ');
  }
} else {
  // A malformed ?lang= is reported with the other parameters (url.ts); here it is passed over.
  const page = pageLanguage();
  const lang = chooseLanguage(
    new URLSearchParams(location.search).get('lang'),
    navigator.languages,
    page,
  );
  // The text version in index.html is for readers whose scripts do not run. This script blocks
  // the first paint (decision 0010), so hidden here it is never seen; it goes once the
  // explorer is drawn.
  const reading = document.getElementById('reading');
  if (reading) reading.hidden = true;
  // Each language is a page of its own (dist/ and dist/es/); a link or a browser asking for
  // the other goes there, before anything is drawn. An offline copy is one file, and stays.
  if (lang !== page && location.protocol !== 'file:')
    location.replace(addressInLanguage(location.href, page, lang));
  else {
    mount(App, { target: document.getElementById('app')! });
    reading?.remove();
  }
  document.documentElement.dataset.started = '';
}
