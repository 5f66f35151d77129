import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three bundles: the Node side (desktop entry + browser-mode host), the preload, the renderer.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          host: resolve(__dirname, 'src/main/host/cli.ts'),
          reportWorker: resolve(__dirname, 'src/main/reports/worker.ts'),
          // Used only by the durability tests: a process that writes until it is killed.
          writer: resolve(__dirname, 'src/main/tools/writer.ts'),
        },
      },
    },
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    // Minified: electron-vite leaves it off by default, and browser mode serves this bundle too.
    build: {
      minify: true,
      rollupOptions: {
        // The map benchmark page is built only for `npm run bench`, never shipped.
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          ...(process.env.CAUSEWAY_BENCH === '1' ? { bench: resolve(__dirname, 'src/renderer/bench.html') } : {}),
        },
      },
    },
  },
});
