/** Side-effect entry: defines `<summary-settings>` (import the class from the package root to register another name). */
import { defineElement } from '../shared/define.ts';
import { SummarySettings } from './summary-settings.ts';

defineElement('summary-settings', SummarySettings);

export { SummarySettings };
