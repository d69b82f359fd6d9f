import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Main and preload are bundled for Electron; the renderer is a plain Vite app that
// both Electron (through the app:// protocol) and browser mode serve from out/renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The report worker is its own entry: it runs in a worker thread beside the main bundle.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), reportWorker: resolve('src/core/report/reportWorker.ts') } }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    build: {
      // RENDERER_OUT_DIR lets parallel builds (several checkouts, benchmarks) not collide.
      outDir: process.env.RENDERER_OUT_DIR ?? 'out/renderer',
      // electron-vite leaves the renderer unminified by default: 2.7 MB of script to parse
      // before the first screen. Minified it is less than half, and the start-up is faster.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
