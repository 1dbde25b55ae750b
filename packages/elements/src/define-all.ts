/** Side-effect entry: defines every successkit tag. */
import './successkit-provider/define.ts';
import './account-summary/define.ts';
import './summary-settings/define.ts';
import './team-spotlight/define.ts';
import './account-health/define.ts';
import './account-hierarchy/define.ts';
