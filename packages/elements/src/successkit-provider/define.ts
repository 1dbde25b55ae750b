/** Side-effect entry: defines `<successkit-provider>`. */
import { defineElement } from '../shared/define.ts';
import { SuccessKitProvider } from '../shared/successkit-provider.ts';

defineElement('successkit-provider', SuccessKitProvider);

export { SuccessKitProvider };
