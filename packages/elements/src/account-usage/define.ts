/** Side-effect entry: defines `<account-usage>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountUsageElement } from './account-usage.ts';

defineElement('account-usage', AccountUsageElement);

export { AccountUsageElement };
