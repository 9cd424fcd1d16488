import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './components/reading/reading.css';
import { missingFeatures } from './lib/baseline.ts';
import { chooseLanguage, setLanguage } from './lib/i18n/language.ts';
import { dataset } from './lib/model/dataset.ts';
import { useSpanishMessages } from './lib/i18n/t.ts';

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
  const lang = chooseLanguage(
    new URLSearchParams(location.search).get('lang'),
    navigator.languages,
  );
  setLanguage(lang);
  // The text version in index.html is for readers whose scripts do not run. This script blocks
  // the first paint (decision 0010), so hidden here it is never seen; it goes once the explorer
  // is drawn (a Spanish page first waits for its words).
  const reading = document.getElementById('reading');
  if (reading) reading.hidden = true;
  const start = () => {
    mount(App, { target: document.getElementById('app')! });
    reading?.remove();
  };
  // Another language first fetches its words (its own chunk, never an English reader's); if
  // that fails, the page still opens, in English.
  if (lang === 'en') start();
  else
    import('./lib/i18n/es.ts')
      .then(({ messages, useSpanish }) => {
        useSpanishMessages(messages);
        useSpanish(dataset);
      })
      .catch(() => setLanguage('en'))
      .then(start);
  document.documentElement.dataset.started = '';
}
