import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/engine/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // The engine is the clinical core: every line and branch is exercised (issue #4).
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
