/** One jest run over every package's tests and the end-to-end tests in test/. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {jsc: {target: 'es2022', parser: {syntax: 'typescript'}, experimental: {keepImportAttributes: true, emitAssertForImportAttributes: false}}, module: {type: 'es6'}, sourceMaps: 'inline'}
    ]
  },
  // Unit tests run against the sources; end-to-end tests spawn the built CLI.
  moduleNameMapper: {
    '^@titraille/(rules|core)$': '<rootDir>/packages/$1/src/index.ts',
    '^@titraille/(rules|core)/(.*)$': '<rootDir>/packages/$1/src/$2/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  testTimeout: 60000
}
