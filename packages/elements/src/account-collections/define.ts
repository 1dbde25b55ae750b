/** Side-effect entry: defines `<account-collections>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountCollectionsElement } from './account-collections.ts';

defineElement('account-collections', AccountCollectionsElement);

export { AccountCollectionsElement };
