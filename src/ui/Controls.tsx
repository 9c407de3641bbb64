import { ParameterFields } from './ParameterFields';
import { WalkthroughFields } from './WalkthroughFields';

/** One compact panel: SMOTE's parameters, then the manual point's neighbour and λ. */
export function Controls() {
  return (
    <fieldset className="controls">
      <legend>SMOTE step by step: one anchor</legend>
      <ParameterFields />
      <WalkthroughFields />
    </fieldset>
  );
}
