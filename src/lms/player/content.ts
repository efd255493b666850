/** What a package carries (content.js sets window.USM_LMS), generated at build time from the site's content. */
import type { SingleQuestion } from '../../lib/exam.ts';
import type { Scenario } from '#engine/model';
import type { Standard } from '../runtime/types.ts';

interface Common {
  standard: Standard;
  /** Stable per package (kind + set): suspend data of another package is not resumed. */
  packageId: string;
  /** A hash of the content and the player: suspend data of another version is not resumed. */
  version: string;
  title: string;
}

export type PackageScenario = Pick<Scenario, 'id' | 'title' | 'call' | 'facts' | 'expected' | 'explanation'>;

export type PackageContent =
  (Common & { kind: 'exam'; questions: SingleQuestion[] }) | (Common & { kind: 'calls'; scenarios: PackageScenario[] });

/** Mastery: the exam's pass mark (26 of 40), used for the call sets too. */
export const MASTERY = 0.65;
