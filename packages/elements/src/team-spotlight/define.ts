/** Side-effect entry: defines `<team-spotlight>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { TeamSpotlightElement } from './team-spotlight.ts';

defineElement('team-spotlight', TeamSpotlightElement);

export { TeamSpotlightElement };
