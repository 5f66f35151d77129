import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded one (see README); each test starts its own host.
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 90_000,
  // Generous: CI has two cores, shared by Chromium, the host and the layout worker.
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'off',
    actionTimeout: 15_000,
  },
});
