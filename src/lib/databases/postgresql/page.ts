// PostgreSQL's side of the error page pieces (src/lib/databases/error-page.ts): reproductions ran
// in psql's terms on every supported major, the newest's output shown and the others compared.
import type { Reproduction } from '../../entries/entry-schema';
import { listed } from '../../rendering/words';
import { observedOn, reproductionMatrix, runText, type Observation } from '../../reproduction/observations';
import { scenarioScript, scenarios } from '../../reproduction/scenarios';
import type { ReproductionView } from '../error-page';

export function postgresReproductionView(code: string, reproduction: Reproduction, observation: Observation | undefined): ReproductionView {
  const scenario = 'scenario' in reproduction ? scenarios[reproduction.scenario] : undefined;
  const script = 'sql' in reproduction ? [reproduction.setup?.trim(), reproduction.sql.trim()].filter(Boolean).join('\n\n') : scenario && scenarioScript(scenario);
  // Every major ran the statements; the newest's output is shown, the others are compared with it.
  const matrix = observation ? reproductionMatrix(code) : [];
  const same = matrix.filter((cell) => cell.result === 'same');
  return {
    ...('unavailable' in reproduction ? { unavailable: reproduction.unavailable } : {}),
    ...(scenario ? { description: scenario.description } : {}),
    ...(script ? { script: { code: script, lang: 'sql' } } : {}),
    ...(observation ? { output: { text: runText(observation), source: `printed by ${observedOn(code)} in this site's tests`, ariaLabel: 'Server output' } } : {}),
    ...(matrix.length > 1
      ? {
          versions: {
            ...(same.length > 0 ? { same: `Same output on PostgreSQL ${listed(same.map((cell) => cell.server).reverse())}.` } : {}),
            differing: matrix.flatMap((cell) =>
              cell.result === 'same' ? [] : [{ label: `PostgreSQL ${cell.server}: ${cell.result === 'wording' ? 'other wording' : 'not reproduced'}`, text: cell.text }],
            ),
          },
        }
      : {}),
  };
}
