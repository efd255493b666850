// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { MODULES } from '#engine/model';
import { lessonSidebar } from './src/integrations/lesson-sidebar.mjs';
import csp from './src/integrations/csp.mjs';
import glossaryTooltips from './src/integrations/glossary-tooltips.mjs';
import searchIndex from './src/integrations/search-index.mjs';
import serviceWorker from './src/integrations/service-worker.mjs';

const THEME_GUARD =
  "try{var k='starlight-theme',v=localStorage.getItem(k);if(v!==null&&!/^(dark|light|auto)?$/.test(v))localStorage.removeItem(k);" +
  "var set=Storage.prototype.setItem;Storage.prototype.setItem=function(a,b){try{return set.call(this,a,b)}catch(e){if(a!==k)throw e}}}" +
  "catch(e){try{Object.defineProperty(window,'localStorage',{value:undefined,configurable:true})}catch(f){}}";

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
        // Runs before Starlight's theme script, which would otherwise throw on every page: a damaged
        // `starlight-theme` value is reset; saving the theme when storage refuses writes (full, blocked) is
        // let go quietly (only for that key: the store handles its own); storage that throws on access is
        // hidden from Starlight (the site's store then works in memory and says so). The CSP hashes it.
        { tag: 'script', content: THEME_GUARD },
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
