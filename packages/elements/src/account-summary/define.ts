/** Side-effect entry: defines `<account-summary>` (import the class from the package root to register another name). */
import { defineElement } from '../shared/define.ts';
import { AccountSummary } from './account-summary.ts';

defineElement('account-summary', AccountSummary);

export { AccountSummary };
