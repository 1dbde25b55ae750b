import { sharedVitestConfig } from '../../vitest.shared.ts';

export default sharedVitestConfig('server', { fileParallelism: true, maxWorkers: 2 });
