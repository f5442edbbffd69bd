import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Engine vectors, site and content checks live under tests/; a tool's tests sit beside its code in
    // src/tools/<tool>/, and the embed pages' beside theirs in src/embed/.
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/engine/**/*.ts'],
      exclude: ['src/**/*.test.{ts,tsx}'],
      reporter: ['text-summary', 'text'],
      // The engine is the clinical core: every line and branch is exercised (issue #4).
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
