/**
 * Where the built Office pages load office.js from: Microsoft's CDN in production (the store's
 * rule, and dist/ holds no copy), the npm copy in development and when the tests ask for it, and
 * a build that would start no add-in is an error rather than a silent blank pane.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

interface Source {
  url: string;
  kind: 'cdn' | 'local' | 'url';
}
interface WebpackConfigModule {
  (
    env: Record<string, string>,
    argv: { mode?: string },
  ): {
    plugins: {
      constructor: { name: string };
      userOptions?: { filename?: string; templateParameters?: { officeJsUrl?: string } };
    }[];
  };
  officeJsSource(env: Record<string, string>, production: boolean): Source;
  officeJsProblem(page: string, html: string, source: Source): string | null;
  OFFICE_JS_CDN: string;
  OfficeJsCheckPlugin: new (options: { pages: string[]; source: Source }) => object;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as WebpackConfigModule;
const ROOT = join(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const page = (src: string): string =>
  readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8').replace('<%= officeJsUrl %>', src) +
  '<script defer src="taskpane.1234abcd.js"></script>';

function officeUrlOf(env: Record<string, string>, mode: string, filename: string): string | undefined {
  return config(env, { mode }).plugins.find((p) => p.userOptions?.filename === filename)?.userOptions
    ?.templateParameters?.officeJsUrl;
}

describe('office.js source of the built pages', () => {
  it('is Microsoft’s CDN in a production build, for the pane and the function file', () => {
    expect(config.OFFICE_JS_CDN).toBe(CDN);
    expect(officeUrlOf({}, 'production', 'taskpane.html')).toBe(CDN);
    expect(officeUrlOf({}, 'production', 'commands.html')).toBe(CDN);
  });

  it('is the npm copy in development and when a test build asks for it', () => {
    expect(officeUrlOf({}, 'development', 'taskpane.html')).toBe('/office-js/office.js');
    expect(officeUrlOf({ officeJs: 'local' }, 'production', 'commands.html')).toBe('/office-js/office.js');
  });

  it('takes another https URL, and refuses anything else', () => {
    const other = 'https://cdn.example.nl/lib/office.js';
    expect(config.officeJsSource({ officeJsUrl: other }, true)).toEqual({ url: other, kind: 'url' });
    expect(() => config.officeJsSource({ officeJsUrl: 'http://cdn.example.nl/office.js' }, true)).toThrow(
      /https URL/,
    );
    expect(() => config.officeJsSource({ officeJs: 'office-js/office.js' }, true)).toThrow(/https URL/);
  });

  it('passes a page that loads office.js first from the chosen source', () => {
    const cdn = config.officeJsSource({}, true);
    expect(config.officeJsProblem('taskpane.html', page(CDN), cdn)).toBeNull();
    const local = config.officeJsSource({ officeJs: 'local' }, true);
    expect(config.officeJsProblem('taskpane.html', page('/office-js/office.js'), local)).toBeNull();
  });

  it('fails a page that would start no add-in', () => {
    const cdn = config.officeJsSource({}, true);
    const noOffice = '<html><head><script defer src="taskpane.js"></script></head></html>';
    expect(config.officeJsProblem('taskpane.html', noOffice, cdn)).toMatch(/loads no office\.js/);
    expect(config.officeJsProblem('taskpane.html', page('/office-js/office.js'), cdn)).toMatch(
      /expected https:\/\/appsforoffice/,
    );
    const late = '<script src="taskpane.js"></script><script src="' + CDN + '"></script>';
    expect(config.officeJsProblem('taskpane.html', late, cdn)).toMatch(/before office\.js/);
    const twice = page(CDN).replace('</head>', `<script src="${CDN}"></script></head>`);
    expect(config.officeJsProblem('commands.html', twice, cdn)).toMatch(/2 times/);
  });
});

describe('a real webpack build', () => {
  async function build(template: string): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'ki-officejs-'));
    writeFileSync(join(dir, 'entry.js'), 'window.x = 1;\n');
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: dir,
      entry: { taskpane: './entry.js' },
      output: { path: join(dir, 'dist') },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'taskpane.html', templateContent: template }),
        new config.OfficeJsCheckPlugin({
          pages: ['taskpane.html'],
          source: config.officeJsSource({}, true),
        }) as webpack.WebpackPluginInstance,
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    return stats.compilation.errors.map((e) => e.message);
  }

  it('fails when the pane would load no office.js, and passes with the CDN', async () => {
    expect(await build('<html><head></head><body></body></html>')).toEqual([
      expect.stringMatching(/office\.js: taskpane\.html loads no office\.js/),
    ]);
    expect(await build(`<html><head><script src="${CDN}"></script></head><body></body></html>`)).toEqual([]);
  }, 60_000);
});
