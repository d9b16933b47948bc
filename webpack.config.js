// Builds the task pane, the ribbon's function file and the demo page. Where the Office pages load
// office.js from: a production build (`npm run build`) uses Microsoft's CDN, as the store
// requires; the dev server, and builds made with `--env officeJs=local` (the browser tests), use
// the @microsoft/office-js package served under /office-js/. The demo never loads office.js.
const { execFile } = require('node:child_process');
const { createHash } = require('node:crypto');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_DIR = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
/** Microsoft's CDN address for Office.js (the store's requirement for production add-ins). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the dev server and the browser tests' server serve the npm copy. */
const OFFICE_JS_LOCAL = '/office-js/office.js';

/**
 * Where the Office pages load office.js from. `--env officeJs=cdn|local`, or a full https URL
 * (`--env officeJsUrl=...`, kept for older instructions). Production defaults to the CDN, a
 * development build to the npm copy. A production build only takes the npm copy when asked,
 * because dist/ does not contain it: whoever serves such a build must serve /office-js/ too.
 */
function officeJsSource(env = {}, production = false) {
  const choice = env.officeJsUrl || env.officeJs || (production ? 'cdn' : 'local');
  if (choice === 'cdn') return { url: OFFICE_JS_CDN, kind: 'cdn' };
  if (choice === 'local') return { url: OFFICE_JS_LOCAL, kind: 'local' };
  if (!/^https:\/\/[^/]+\/.*office\.js$/.test(choice))
    throw new Error(
      `office.js must come from "cdn", "local" or an https URL ending in office.js, not "${choice}"`,
    );
  return { url: choice, kind: 'url' };
}

/** The src of every <script> in a page, in order. */
function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
}

/**
 * Why a built Office page would start no add-in, or null when it loads office.js first from the
 * chosen source. Office pages must load office.js before any bundle (Office.onReady).
 */
function officeJsProblem(page, html, source) {
  const scripts = scriptSources(html);
  const office = scripts.filter((src) => /(^|\/)office\.js$/.test(src));
  if (office.length === 0) return `${page} loads no office.js`;
  if (office.length > 1) return `${page} loads office.js ${office.length} times`;
  if (scripts[0] !== office[0]) return `${page} loads ${scripts[0]} before office.js`;
  if (office[0] !== source.url) return `${page} loads office.js from ${office[0]}, expected ${source.url}`;
  if (source.kind !== 'local' && !office[0].startsWith('https://'))
    return `${page} loads office.js from ${office[0]}, which is not in the build; use the CDN`;
  return null;
}

class OfficeJsCheckPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('OfficeJsCheckPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'OfficeJsCheckPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const page of this.options.pages) {
            const asset = assets[page];
            const problem = asset
              ? officeJsProblem(page, asset.source().toString(), this.options.source)
              : `${page} was not built`;
            if (problem) compilation.errors.push(new compiler.webpack.WebpackError(`office.js: ${problem}`));
          }
        },
      );
    });
  }
}

/** The demo's precomputed first view (src/demo/firstViewData.ts): its asset's name starts so. */
const FIRST_VIEW_ASSET = 'demo-first-view';

/**
 * Emits the demo's first view as of its fixed date as JSON, computed by the same code the page's
 * worker runs (run under Node through tsx, as the CLI's tests run it), so the shipped copy cannot
 * differ from what the worker would build. Once per build; a watching build makes it again only
 * after a change under src/.
 */
class DemoFirstViewPlugin {
  constructor() {
    this.json = null;
  }
  make() {
    const tsx = require.resolve('tsx/cli');
    const code =
      "require('./src/demo/firstViewData.ts').sampleFirstViewJson().then((s) => process.stdout.write(s))";
    return new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        [tsx, '-e', code],
        { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`the demo's first view: ${stderr || error.message}`)) : resolve(stdout),
      ),
    );
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DemoFirstViewPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'DemoFirstViewPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const changed = compiler.modifiedFiles;
          const stale = !changed || [...changed].some((f) => f.startsWith(path.join(__dirname, 'src')));
          if (this.json === null || stale) this.json = await this.make();
          const hash = createHash('sha256').update(this.json).digest('hex').slice(0, 8);
          compilation.emitAsset(
            `${FIRST_VIEW_ASSET}.${hash}.json`,
            new compiler.webpack.sources.RawSource(this.json),
          );
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJs = officeJsSource(env, production);
  const officeJsUrl = officeJs.url;
  return {
    entry: {
      taskpane: './src/taskpane/main.tsx',
      commands: './src/commands/main.ts',
      // The demo's first script: starts the worker making the first view before main.tsx loads.
      'demo-start': './src/demo/start.ts',
      demo: './src/demo/main.tsx',
      // That worker, as an entry: one file (a worker's lazy chunks would come one after another).
      'demo-sample-worker': { import: './src/demo/sampleWorker.ts', chunkLoading: 'import-scripts' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Our makeStyles calls compiled at build time (as Fluent ships its own): the pane then
            // carries no CSS compiler (Griffel's runtime, stylis, rtl-css-js) in its first download.
            // Runs after swc (loaders apply right to left), so it sees plain JavaScript.
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic' } },
                  target: 'es2020',
                },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      // Fails the build when taskpane.html or commands.html would load no office.js.
      new OfficeJsCheckPlugin({ pages: ['taskpane.html', 'commands.html'], source: officeJs }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJsUrl },
      }),
      new DemoFirstViewPlugin(),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/demo/demo.html',
        chunks: ['demo'],
        // The first script goes inline, so it starts the worker making the first view (or, on the
        // sample's fixed date, fetches the precomputed one and has the worker build the book) before
        // anything else is fetched; the file names it reads from the page carry a content hash.
        templateParameters: (compilation) => {
          const jsOf = (entry) =>
            [...compilation.entrypoints.get(entry).getFiles()].find((f) => f.endsWith('.js'));
          return {
            sampleWorker: jsOf('demo-sample-worker'),
            firstView: compilation
              .getAssets()
              .map((a) => a.name)
              .find((name) => name.startsWith(`${FIRST_VIEW_ASSET}.`)),
            demoStart: compilation.getAsset(jsOf('demo-start')).source.source().toString(),
          };
        },
      }),
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/support/support.html',
        chunks: [],
      }),
      // Icons the manifest names, and the development manifest itself for sideloading.
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    devServer: {
      port: Number(env.port || 3000),
      server: env.http ? 'http' : 'https',
      host: 'localhost',
      allowedHosts: ['localhost'],
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: [{ directory: OFFICE_JS_DIR, publicPath: '/office-js', watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.officeJsSource = officeJsSource;
module.exports.officeJsProblem = officeJsProblem;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OfficeJsCheckPlugin = OfficeJsCheckPlugin;
