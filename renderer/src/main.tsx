import { startEarly } from './api/early-start';
import { parseRoute } from './app/route-parse';
import { DEFAULT_WORKSHEET, preloadWorksheetNamed } from './features/workshop/worksheet-loaders';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/home.css';
import './styles/worksheet.css';
import './styles/summary.css';

/*
 * The entry is kept to a few KB and imports no React (route-parse.ts, worksheet-loaders.ts), so it runs
 * as soon as it has arrived, without waiting for the shared chunks: it sends what the first screen waits for (the workshop named in the
 * URL, its worksheet's code) and only then loads the app (boot.tsx: React, the contract, the screens),
 * whose chunks the page has been told to fetch from the start (modulepreload). Before, the workshop
 * was asked for only once every module had been fetched and evaluated.
 */
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const opening = parseRoute(window.location.hash);
const early = startEarly(opening.screen === 'home' ? null : opening.workshopId);
// The screen the URL names is fetched alongside the app, not once the app has rendered.
let worksheet: Promise<void> | null = null;
if (opening.screen === 'workshop') worksheet = preloadWorksheetNamed(opening.worksheet ?? DEFAULT_WORKSHEET);
else if (opening.screen === 'home') void import('./features/home/HomeScreen').catch(() => undefined);
else void import('./features/stage/StageScreen').catch(() => undefined);

import('./boot').then(
  ({ boot }) => boot(root, opening, early, worksheet),
  () => {
    // The app's code did not arrive (the connection dropped): say so rather than stay blank.
    root.textContent = 'Aplikasi gagal dimuat. Periksa sambungan, lalu muat ulang halaman. / The app failed to load: check the connection and reload.';
  },
);
