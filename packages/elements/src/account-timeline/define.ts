/** Side-effect entry: defines `<account-timeline>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountTimelineElement } from './account-timeline.ts';

defineElement('account-timeline', AccountTimelineElement);

export { AccountTimelineElement };
