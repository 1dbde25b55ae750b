/**
 * Side-effect entry: defines `<account-profile>` and every part element its tabs compose (and
 * re-exports its class).
 */
import '../account-key-info/define.ts';
import '../account-attributes/define.ts';
import '../account-changes/define.ts';
import '../account-timeline/define.ts';
import '../account-tasks/define.ts';
import '../account-team/define.ts';
import '../account-contacts/define.ts';
import '../account-usage/define.ts';
import '../account-support/define.ts';
import '../account-assets/define.ts';
import '../account-collections/define.ts';
import { defineElement } from '../shared/define.ts';
import { AccountProfileElement } from './account-profile.ts';

defineElement('account-profile', AccountProfileElement);

export { AccountProfileElement };
