/** Side-effect entry: defines `<account-contacts>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountContactsElement } from './account-contacts.ts';

defineElement('account-contacts', AccountContactsElement);

export { AccountContactsElement };
