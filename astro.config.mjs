// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { MODULES } from './simulator/syllabus.ts';
import { lessonSidebar } from './src/integrations/lesson-sidebar.mjs';
import csp from './src/integrations/csp.mjs';
import glossaryTooltips from './src/integrations/glossary-tooltips.mjs';
import searchIndex from './src/integrations/search-index.mjs';
import serviceWorker from './src/integrations/service-worker.mjs';

export default defineConfig({
  site: 'https://usm-trainer.example.org',
  integrations: [
    starlight({
      title: 'USM Trainer',
      description: 'Learn Unified Service Management: lessons, a call-routing simulator, practice questions and mock exams.',
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d4ed8' } },
      ],
      pagefind: false,
      // Our own 404 page (src/pages/404.astro) links home; Starlight's would look for a docs entry named 404.
      disable404Route: true,
      routeMiddleware: './src/route-middleware.ts',
      markdown: { processedDirs: ['./content/lessons'] },
      components: {
        SocialIcons: './src/components/overrides/HeaderLinks.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/site.css'],
      sidebar: [
        {
          label: 'Start',
          items: [
            { label: 'Home', link: '/' },
            { label: 'Simulator', link: '/simulator/' },
            { label: 'Practice', link: '/practice/' },
            { label: 'Mock exam', link: '/exam/' },
            { label: 'Review', link: '/review/' },
            { label: 'Self-assessment', link: '/assessment/' },
            { label: 'Coach mode', link: '/coach/' },
            { label: 'The Shift', link: '/shift/' },
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Your progress', link: '/progress/' },
          ],
        },
        ...lessonSidebar(MODULES),
      ],
    }),
    preact(),
    glossaryTooltips(),
    csp(),
    searchIndex(),
    serviceWorker(),
  ],
  vite: {
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
