/** Side-effect entry: defines `<account-health>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountHealthElement } from './account-health.ts';

defineElement('account-health', AccountHealthElement);

export { AccountHealthElement };
