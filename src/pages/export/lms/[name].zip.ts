import type { APIRoute } from 'astro';
import { lmsPackagePaths, lmsPackageResponse } from '../../../lms/build/routes.ts';
import type { PackageSpec } from '../../../lms/build/package.ts';

/** Every LMS package in English: the mock exam and each call set, in each standard. */
export const getStaticPaths = lmsPackagePaths('en');

export const GET: APIRoute = ({ props }) => lmsPackageResponse((props as { spec: PackageSpec }).spec);
