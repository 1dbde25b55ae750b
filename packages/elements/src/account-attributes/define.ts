/** Side-effect entry: defines `<account-attributes>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountAttributesElement } from './account-attributes.ts';

defineElement('account-attributes', AccountAttributesElement);

export { AccountAttributesElement };
