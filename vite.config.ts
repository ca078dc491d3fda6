import { defineConfig } from 'vitest/config';
import { serviceWorker } from './web/sw-build';

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  plugins: [serviceWorker()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080', '/health': 'http://localhost:8080' },
  },
  test: {
    root: '.',
    include: ['server/**/*.test.ts', 'db/**/*.test.ts', 'web/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Browser tests drive software-rendered WebGL: generous limits keep a slow machine from failing them.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
