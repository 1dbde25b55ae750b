/** Side-effect entry: defines `<account-assets>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountAssetsElement } from './account-assets.ts';

defineElement('account-assets', AccountAssetsElement);

export { AccountAssetsElement };
