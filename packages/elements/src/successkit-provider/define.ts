/** Side-effect entry: defines `<successkit-provider>`. */
import { defineElement } from '../shared/define.ts';
import { SuccessKitProvider, SuccessKitProviderElement } from '../shared/successkit-provider.ts';

defineElement('successkit-provider', SuccessKitProviderElement);

export { SuccessKitProviderElement, SuccessKitProvider };
