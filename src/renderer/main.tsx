// Renderer entry: global styles, providers, then the route switch.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DatesLocale } from './i18n/DatesLocale';
import { LocaleProvider } from './i18n/LocaleProvider';
import { SessionProvider } from './session/SessionProvider';
import { theme } from './theme/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

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
