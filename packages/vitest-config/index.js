import { defineConfig } from 'vitest/config';

/** Every workspace writes test-output/vitest.json: infra/toolchain/test.mjs adds them up. */
export function testConfig(overrides = {}) {
  return defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: 'test-output/vitest.json' },
      testTimeout: 30_000,
      hookTimeout: 120_000,
      ...overrides,
    },
  });
}
