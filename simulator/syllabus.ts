/** The USM Foundation syllabus as this course organises it: lesson modules and question topics. */

export const MODULES = [
  { id: 'services', title: 'Services and value' },
  { id: 'maturity', title: 'Value maturity' },
  { id: 'method', title: 'The USM method' },
  { id: 'calls', title: 'Calls' },
  { id: 'processes', title: 'The five processes' },
  { id: 'workflows', title: 'The eight workflows' },
  { id: 'frameworks', title: 'USM and other frameworks' },
  { id: 'applying', title: 'Applying USM' },
] as const;
export type ModuleId = (typeof MODULES)[number]['id'];
export const MODULE_IDS = MODULES.map((m) => m.id) as [ModuleId, ...ModuleId[]];

export const TOPICS = [
  { id: 'services-value', title: 'Services and value' },
  { id: 'value-maturity', title: 'Value maturity' },
  { id: 'method-architecture', title: 'The method and its architecture' },
  { id: 'calls', title: 'Calls' },
  { id: 'agree', title: 'Agree' },
  { id: 'change', title: 'Change' },
  { id: 'recover', title: 'Recover' },
  { id: 'operate', title: 'Operate' },
  { id: 'improve', title: 'Improve' },
  { id: 'workflows', title: 'Workflows' },
  { id: 'profiles', title: 'Profiles' },
  { id: 'frameworks', title: 'Frameworks and integration' },
  { id: 'deployment', title: 'Deployment' },
] as const;
export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];
