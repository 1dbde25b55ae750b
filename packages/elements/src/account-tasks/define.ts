/** Side-effect entry: defines `<account-tasks>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountTasksElement } from './account-tasks.ts';

defineElement('account-tasks', AccountTasksElement);

export { AccountTasksElement };
