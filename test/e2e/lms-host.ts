/**
 * A stand-in LMS for the package tests, on 127.0.0.1: serves unzipped packages, a SCORM host page that
 * embeds scorm-again (the run-time LMS players use) and opens the package in a frame, and a cmi5 side
 * (auth token, LMS.LaunchData and state documents, a statement log) that records what the AU sends.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unzipStore } from '../../src/lib/export/zip.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  xml: 'application/xml',
  txt: 'text/plain',
};
const root = join(import.meta.dirname, '../..');

export interface Cmi5Launch {
  registration: string;
  sessionId: string;
  masteryScore: number;
}

export class LmsHost {
  readonly packages = new Map<string, Map<string, Uint8Array>>();
  readonly statements: Record<string, unknown>[] = [];
  readonly state = new Map<string, string>();
  launch: Cmi5Launch = { registration: '', sessionId: '', masteryScore: 0.65 };
  private server: Server | null = null;

  constructor(readonly port: number) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  add(name: string, zip: Uint8Array): Map<string, Uint8Array> {
    const files = unzipStore(zip, (d) => new Uint8Array(inflateRawSync(d)));
    this.packages.set(name, files);
    return files;
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.origin);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const send = (status: number, data: string | Uint8Array = '', type = 'application/json') => {
          res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
          res.end(data);
        };
        const pkg = /^\/pkg\/([^/]+)\/(.+)$/.exec(url.pathname);
        if (pkg) {
          const file = this.packages.get(pkg[1]!)?.get(pkg[2]!);
          return file ? send(200, file, TYPES[pkg[2]!.split('.').pop()!] ?? 'application/octet-stream') : send(404);
        }
        if (url.pathname === '/scorm-again/scorm12.js' || url.pathname === '/scorm-again/scorm2004.js') {
          const f = normalize(
            join(
              root,
              'node_modules/scorm-again/dist',
              url.pathname.endsWith('12.js') ? 'scorm12.min.js' : 'scorm2004.min.js',
            ),
          );
          return send(200, readFileSync(f), 'text/javascript');
        }
        if (url.pathname === '/host.html')
          return send(200, hostPage(url.searchParams.get('v') === '2004'), 'text/html; charset=utf-8');
        // cmi5: one auth token per launch, LaunchData, state documents, statements.
        if (url.pathname === '/fetch' && req.method === 'POST')
          return send(200, JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' }));
        if (url.pathname.startsWith('/xapi/') && req.headers.authorization !== 'Basic dGVzdDp0ZXN0') return send(401);
        if (url.pathname === '/xapi/activities/state') {
          const id = url.searchParams.get('stateId')!;
          if (id === 'LMS.LaunchData') {
            return send(
              200,
              JSON.stringify({
                contextTemplate: {
                  contextActivities: { grouping: [{ id: 'urn:test:course' }] },
                  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': this.launch.sessionId },
                },
                launchMode: 'Normal',
                moveOn: 'CompletedAndPassed',
                masteryScore: this.launch.masteryScore,
              }),
            );
          }
          const key = `${url.searchParams.get('registration')}/${id}`;
          if (req.method === 'PUT') {
            this.state.set(key, body);
            return send(204);
          }
          return this.state.has(key) ? send(200, this.state.get(key)!) : send(404);
        }
        if (url.pathname === '/xapi/statements' && req.method === 'POST') {
          const list = JSON.parse(body) as Record<string, unknown>[];
          this.statements.push(...(Array.isArray(list) ? list : [list]));
          return send(200, JSON.stringify(list.map((s) => s.id)));
        }
        send(404);
      });
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * The LMS window: window.API or window.API_1484_11 from scorm-again, and the package in a frame.
 * `lms.launch(pkg, preload)` starts a session with data the LMS kept; `lms.close()` closes the frame;
 * `lms.committed()` is what scorm-again would send to the LMS.
 */
function hostPage(v2004: boolean): string {
  const ctor = v2004 ? 'Scorm2004API' : 'Scorm12API';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${v2004 ? 'scorm2004' : 'scorm12'}.js"></script></head>
<body><main><h1>Test LMS</h1><iframe id="sco" title="Package" style="width:100%;height:80vh"></iframe></main>
<script>
window.lms = {
  launch(pkg, preload) {
    window.${v2004 ? 'API_1484_11' : 'API'} = new ${ctor}({ logLevel: 5, autocommit: false });
    if (preload) window.${v2004 ? 'API_1484_11' : 'API'}.loadFromJSON(preload);
    document.getElementById('sco').src = '/pkg/' + pkg + '/index.html';
  },
  close() { document.getElementById('sco').src = 'about:blank'; },
  committed() { return window.${v2004 ? 'API_1484_11' : 'API'}.renderCommitCMI(true).cmi; },
};
</script></body></html>`;
}
