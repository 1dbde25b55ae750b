import { sharedVitestConfig } from '../../vitest.shared.ts';

export default sharedVitestConfig('demo-portal-e2e', {
  include: ['e2e/**/*.test.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
});
