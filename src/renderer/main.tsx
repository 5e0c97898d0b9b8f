// Renderer entry: global styles, providers, then the route switch.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/api';
import { App } from './App';
import { DatesLocale } from './i18n/DatesLocale';
import { LocaleProvider } from './i18n/LocaleProvider';
import { prefetchMapData } from './map/mapPrefetch';
import { SessionProvider } from './session/SessionProvider';
import { prefetchSessionStatus } from './session/statusPrefetch';
import { routeFor } from './routes';
import { preloadScreen } from './screens';
import { theme } from './theme/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// A reload with a live session goes straight back to its screen: fetch that screen's
// chunks (and the console's map data) now, alongside session.status, not after it answers.
prefetchSessionStatus();
if (api.hasToken()) {
  const route = routeFor(window.location);
  preloadScreen(route);
  if (route === 'console') prefetchMapData();
}

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LocaleProvider>
        <DatesLocale>
          <SessionProvider>
            <App />
          </SessionProvider>
        </DatesLocale>
      </LocaleProvider>
    </MantineProvider>
  </StrictMode>,
);
