// Inputs on which imbalanced-learn raises: ours returns an error value instead (never throws), on
// one line, naming a parameter or a class the fixture lists. Where imbalanced-learn's parameter
// validation names a parameter, ours names the same one.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';
import { runMethod } from '../../src/core/sampling/registry';
import { isRegistered, loadErrorCases, toDataset } from './fixtures';

describe("imbalanced-learn's error cases", () => {
  for (const errorCase of loadErrorCases()) {
    const name = `${errorCase.method} ${JSON.stringify(errorCase.params)} (${errorCase.exception}: ${errorCase.message.slice(0, 60)}…)`;
    it.skipIf(!isRegistered(errorCase.method))(name, () => {
      const data = toDataset(errorCase);
      const out = runMethod(errorCase.method, data, errorCase.params, { random: createRandom(0) });
      expect(out.ok).toBe(false);
      if (out.ok) return;
      const { message, parameter, className } = out.error;
      expect(message.length).toBeGreaterThan(0);
      expect(message).not.toContain('\n');
      const { parameters, classes } = errorCase.names;
      const named =
        parameters.some((p) => parameter === p || message.includes(p)) ||
        classes.some((c) => className === c || message.includes(`class ${c}`));
      expect(named, message).toBe(true);
      const validated = /^The '(\w+)' parameter of/.exec(errorCase.message);
      if (validated) expect(parameter).toBe(validated[1]);
    });
  }
});
