import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/content-security-policy';

// `vite build --mode cli` bundles the Node command; any other mode builds the app.
export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    // The command and the library share one Node build.
    return {
      publicDir: false,
      build: {
        ssr: true,
        outDir: 'dist',
        emptyOutDir: false,
        target: 'node20',
        rollupOptions: {
          input: { 'cli/smote-lab': 'src/cli/main.ts', 'lib/smote-lab': 'src/lib.ts' },
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'lib/[name]-[hash].js',
            banner: (chunk) => (chunk.name === 'cli/smote-lab' ? '#!/usr/bin/env node' : ''),
          },
        },
      },
      ssr: { noExternal: true },
    };
  }
  return {
    plugins: [react(), contentSecurityPolicy()],
    base: './',
    worker: { format: 'es' },
    build: { outDir: 'dist/app', target: 'es2022' },
    server: { port: 5173, strictPort: false },
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
    },
  };
});
