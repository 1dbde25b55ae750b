import { createMemoryStores } from './memory-stores.ts';
import { describeStoresContract } from './stores.contract.ts';

describeStoresContract('memory', async () => createMemoryStores());
