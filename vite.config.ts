import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite build --mode cli` bundles the Node command; any other mode builds the app.
export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      build: {
        ssr: 'src/cli/main.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        rollupOptions: {
          output: { entryFileNames: 'smote-lab.js', banner: '#!/usr/bin/env node' },
        },
      },
      ssr: { noExternal: true },
    };
  }
  return {
    plugins: [react()],
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
