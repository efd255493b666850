import type { APIRoute } from 'astro';
import { lmsPackagePaths, lmsPackageResponse } from '../../../../lms/build/routes.ts';
import type { PackageSpec } from '../../../../lms/build/package.ts';

/** /nl/export/lms/<name>.zip: every LMS package in Dutch (the Dutch bank and calls, the player in Dutch). */
export const getStaticPaths = lmsPackagePaths('nl');

export const GET: APIRoute = ({ props }) => lmsPackageResponse((props as { spec: PackageSpec }).spec);
