import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { setUpI18n } from './i18n/i18n.js';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The catalogues are bundled, so this settles at once; waiting avoids a flash of untranslated keys.
await setUpI18n();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
