import type { APIRoute } from 'astro';
import { scenarioList } from '../../../lib/content/scenario-list.ts';
import { playerAssets } from '../../../lms/build/package.ts';
import { trimScenario } from '../../../lms/build/assemble.ts';
import type { CallsKit } from '../../../lms/selection/build.ts';

/** What /export/ needs to build a package of any selection of calls in the browser (fetched on use only). */
export const GET: APIRoute = async () => {
  const { player, css } = await playerAssets('calls');
  const kit: CallsKit = { player, css, scenarios: (await scenarioList()).map(trimScenario) };
  return new Response(JSON.stringify(kit), { headers: { 'Content-Type': 'application/json' } });
};
