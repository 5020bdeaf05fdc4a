import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Real-binary tests spawn codex processes; keep parallelism modest on small machines.
    maxWorkers: 2,
    minWorkers: 1
  }
})
