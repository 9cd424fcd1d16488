import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { missingFeatures } from './lib/baseline.ts';
import { chooseLanguage, setLanguage } from './lib/i18n/language.ts';

// Below the supported browsers, index.html's message shows (public/startup-check.js shows it
// whenever the explorer has not started); here it also names what is missing.
const missing = missingFeatures(window as unknown as Parameters<typeof missingFeatures>[0]);
if (missing.length > 0) {
  const reason = document.getElementById('startup-reason');
  if (reason)
    reason.textContent = `This browser is older than the explorer needs: it lacks ${missing.join(', ')}.`;
} else {
  // A malformed ?lang= is reported with the other parameters (url.ts); here it is just passed over.
  setLanguage(
    chooseLanguage(new URLSearchParams(location.search).get('lang'), navigator.languages),
  );
  mount(App, { target: document.getElementById('app')! });
  document.documentElement.dataset.started = '';
}
