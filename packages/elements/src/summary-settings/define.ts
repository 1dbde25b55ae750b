/** Side-effect entry: defines `<summary-settings>` (import the class from the package root to register another name). */
import { defineElement } from '../shared/define.ts';
import { SummarySettings, SummarySettingsElement } from './summary-settings.ts';

defineElement('summary-settings', SummarySettingsElement);

export { SummarySettingsElement, SummarySettings };
