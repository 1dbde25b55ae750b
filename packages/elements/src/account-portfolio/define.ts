/** Side-effect entry: defines `<account-portfolio>` (and re-exports its class). */
import { defineElement } from '../shared/define.ts';
import { AccountPortfolioElement } from './account-portfolio.ts';

defineElement('account-portfolio', AccountPortfolioElement);

export { AccountPortfolioElement };
