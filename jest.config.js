/** Jest runs TypeScript through SWC (types are checked by `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/api/**/*.test.ts"],
  globalSetup: "<rootDir>/test/setup/global-setup.ts",
  globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
  testTimeout: 60_000,
  maxWorkers: 2,
};
