/** Side-effect entry: defines `<account-hierarchy>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountHierarchyElement } from './account-hierarchy.ts';

defineElement('account-hierarchy', AccountHierarchyElement);

export { AccountHierarchyElement };
