// Three builds: main (Node/ESM, the shell plus the core), preload (sandboxed, so one
// CommonJS file), renderer (React, served from out/renderer as app://streetops/).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// STREETOPS_OUT lets parallel work build into its own folder (default out/); the e2e
// config reads the same variable to serve that renderer.
const OUT = process.env.STREETOPS_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      // Runtime dependencies load from node_modules; the native module must, since its
      // JS half loads the .node file we pass as nativeBinding. electron is always external.
      externalizeDeps: true,
      rolldownOptions: {
        // The core worker (heavy reads, demo generation) is its own entry, started by URL beside index.js.
        input: { index: resolve(import.meta.dirname, 'src/main/shell/index.ts'), coreWorker: resolve(import.meta.dirname, 'src/main/core/workers/coreWorker.ts') },
        external: ['electron', 'better-sqlite3-multiple-ciphers'],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot require() anything but 'electron': bundle everything.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // Sandboxed preloads run as classic scripts, never as ES modules; .cjs keeps Node
        // from reading the file as ESM under "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, OUT, 'renderer'),
      // Minified, and split: the first page (connecting, the generation's progress, the
      // unlock form) loads React, Mantine and the catalogs only; the screens behind it load
      // as chunks of their own (src/renderer/screens.ts), MapLibre among them. No catch-all
      // vendor group: it would put every library any screen uses on the first page.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [
              // The drawing tools are only loaded when grid editing asks for them (MapView).
              { name: 'draw', test: /node_modules[\\/]terra-draw/, priority: 3 },
              { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/, priority: 2 },
            ],
          },
        },
      },
    },
  },
});
