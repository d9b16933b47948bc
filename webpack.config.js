// Builds the task pane, the ribbon's function file and the demo page. office.js is served from
// the @microsoft/office-js package under /office-js/ (no CDN in dev, demo or tests); the
// production manifest script points the store build at Microsoft's CDN instead.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_DIR = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJsUrl = env.officeJsUrl || '/office-js/office.js';
  return {
    entry: {
      taskpane: './src/taskpane/main.tsx',
      commands: './src/commands/main.ts',
      demo: './src/demo/main.tsx',
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
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
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
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/demo/demo.html',
        chunks: ['demo'],
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
