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
import contentParity from './src/integrations/content-parity.mjs';
import interactDirective from './src/integrations/interact-directive.mjs';
import { STARLIGHT_LOCALES } from './src/lib/languages.ts';
import { MODULE_TITLES_NL } from './src/lib/content/modules.ts';

const THEME_GUARD =
  "try{var k='starlight-theme',v=localStorage.getItem(k);if(v!==null&&!/^(dark|light|auto)?$/.test(v))localStorage.removeItem(k);" +
  'var set=Storage.prototype.setItem;Storage.prototype.setItem=function(a,b){try{return set.call(this,a,b)}catch(e){if(a!==k)throw e}}}' +
  "catch(e){try{Object.defineProperty(window,'localStorage',{value:undefined,configurable:true})}catch(f){}}";

export default defineConfig({
  site: 'https://usm-trainer.example.org',
  integrations: [
    starlight({
      title: 'USM Trainer',
      description:
        'Learn Unified Service Management: lessons, a call-routing simulator, practice questions and mock exams.',
      favicon: '/favicon.svg',
      // English is the root locale (no prefix, lang en); Dutch is served under /nl/ (lang nl). Starlight then
      // adds the language picker to the header, hreflang alternates to every page and its own UI in Dutch
      // (overrides in src/content/i18n/nl.json); a lesson without a Dutch mirror is its English fallback.
      defaultLocale: 'root',
      locales: STARLIGHT_LOCALES,
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
      markdown: { processedDirs: ['./content/lessons', './content/nl/lessons'] },
      components: {
        SocialIcons: './src/components/overrides/HeaderLinks.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/site.css'],
      // Labels in English with their Dutch `translations`; Starlight prefixes the links with /nl/ on Dutch pages.
      sidebar: [
        {
          label: 'Start',
          translations: { nl: 'Aan de slag' },
          items: [
            { label: 'Home', translations: { nl: 'Startpagina' }, link: '/' },
            { label: 'Simulator', translations: { nl: 'Simulator' }, link: '/simulator/' },
            { label: 'Practice', translations: { nl: 'Oefenen' }, link: '/practice/' },
            { label: 'Mock exam', translations: { nl: 'Proefexamen' }, link: '/exam/' },
            { label: 'Review', translations: { nl: 'Herhalen' }, link: '/review/' },
            { label: 'Self-assessment', translations: { nl: 'Zelfbeoordeling' }, link: '/assessment/' },
            { label: 'Coach mode', translations: { nl: 'Coachmodus' }, link: '/coach/' },
            { label: 'The Shift', translations: { nl: 'De dienst' }, link: '/shift/' },
            { label: 'Glossary', translations: { nl: 'Begrippenlijst' }, link: '/glossary/' },
            { label: 'Your progress', translations: { nl: 'Je voortgang' }, link: '/progress/' },
          ],
        },
        ...lessonSidebar(MODULES, MODULE_TITLES_NL),
      ],
    }),
    preact(),
    interactDirective(),
    glossaryTooltips(),
    csp(),
    searchIndex(),
    serviceWorker(),
    contentParity(),
  ],
  vite: {
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
