// The command line as one CommonJS file for node (dist/cli/klant-inzicht.cjs), which
// bin/klant-inzicht.mjs runs; packages in "dependencies" stay external and load from node_modules.
const path = require('node:path');
const { dependencies = {} } = require('./package.json');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: './src/cli/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist/cli'),
    filename: 'klant-inzicht.cjs',
    library: { type: 'commonjs2' },
    clean: true,
  },
  externals: Object.fromEntries(Object.keys(dependencies).map((name) => [name, `commonjs ${name}`])),
  externalsPresets: { node: true },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
        },
      },
    ],
  },
  optimization: { minimize: false },
  devtool: 'source-map',
  performance: { hints: false },
};
