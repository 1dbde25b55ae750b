/** Side-effect entry: defines `<account-key-info>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountKeyInfoElement } from './account-key-info.ts';

defineElement('account-key-info', AccountKeyInfoElement);

export { AccountKeyInfoElement };
