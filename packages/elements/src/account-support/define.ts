/** Side-effect entry: defines `<account-support>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountSupportElement } from './account-support.ts';

defineElement('account-support', AccountSupportElement);

export { AccountSupportElement };
