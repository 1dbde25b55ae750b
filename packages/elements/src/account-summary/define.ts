/** Side-effect entry: defines `<account-summary>` (import the class from the package root to register another name). */
import { defineElement } from '../shared/define.ts';
import { AccountSummary, AccountSummaryElement } from './account-summary.ts';

defineElement('account-summary', AccountSummaryElement);

export { AccountSummaryElement, AccountSummary };
