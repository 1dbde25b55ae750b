/** Side-effect entry: defines `<account-changes>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountChangesElement } from './account-changes.ts';

defineElement('account-changes', AccountChangesElement);

export { AccountChangesElement };
