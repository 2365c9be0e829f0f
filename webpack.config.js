/* Builds the task pane bundle (dist/web). Dev server: https://localhost:3000 (webpack-dev-server's own certificate). */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (_env, argv) => ({
  mode: argv.mode || 'production',
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].js', clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    alias: { 'office-addin-manifest': path.resolve(__dirname, 'test/stubs/office-addin-manifest.js') },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        // module esnext lets webpack tree-shake Fluent's icons (commonjs bundles all of them: 17 MiB).
        options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office-js/office.js', info: { minimized: true } },
        { from: 'node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js', to: 'office-js/o15apptofilemappingtable.js', info: { minimized: true } },
        { from: 'assets', to: 'assets' },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: { port: 3000, server: 'https', static: path.resolve(__dirname, 'dist/web') },
});
