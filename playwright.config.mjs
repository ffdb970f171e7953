// Browser tests against the built site (npm test builds it first), in the Chromium that
// @sparticuz/chromium ships: Playwright cannot download its own browser on these machines.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/browser.mjs';

// E2E_PORT and E2E_DIR let two copies of the suite (or a reader's npm start) run side by side.
const port = Number(process.env.E2E_PORT ?? 4322);
const dir = process.env.E2E_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : 'line',
  webServer: {
    // One served copy of dist/ for every test file.
    command: `node scripts/serve.mjs --port ${port} --dir ${dir}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
  use: {
    baseURL: `http://localhost:${port}/`,
    launchOptions: { executablePath: await chromiumPath(), args: chromiumArgs },
  },
});
