/** Jest runs TypeScript through SWC (types are checked by `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  // jose ships only ES modules; SWC turns it into CommonJS for Jest like our own files.
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/api/**/*.test.ts"],
  globalSetup: "<rootDir>/test/setup/global-setup.ts",
  globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
  testTimeout: 60_000,
  maxWorkers: 2,
};
