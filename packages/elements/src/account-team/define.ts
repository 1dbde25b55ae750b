/** Side-effect entry: defines `<account-team>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountTeamElement } from './account-team.ts';

defineElement('account-team', AccountTeamElement);

export { AccountTeamElement };
