/*
 * Builds the add-in into dist/web: taskpane (the pane), commands (ribbon functions), harness (the
 * pane in a plain browser page over an in-memory workbook). Dev server: https://localhost:3000 with
 * webpack-dev-server's own self-signed certificate (office-addin-dev-certs does not work on Linux).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const officeJs = (file) => ({ from: `node_modules/@microsoft/office-js/dist/${file}`, to: `office-js/${file}`, info: { minimized: true } });

module.exports = (_env, argv) => ({
  mode: argv.mode || 'production',
  entry: {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    harness: './src/harness/index.tsx',
  },
  output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].js', clean: true },
  devtool: argv.mode === 'development' ? 'source-map' : false,
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    // office-addin-mock needs only an enum from office-addin-manifest, whose real package is Node-only.
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
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
    new HtmlWebpackPlugin({ filename: 'harness.html', template: './src/harness/harness.html', chunks: ['harness'] }),
    new CopyWebpackPlugin({
      patterns: [
        // office.js needs its mapping table next to it, or Office.onReady never resolves.
        officeJs('office.js'),
        officeJs('o15apptofilemappingtable.js'),
        { from: 'assets', to: 'assets' },
        { from: 'manifest.xml', to: 'manifest.xml' },
        { from: 'src/help/help.html', to: 'help.html' },
        { from: 'samples/*.xlsx', to: 'samples/[name][ext]', noErrorOnMissing: true },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: {
    host: 'localhost',
    port: 3000,
    server: 'https',
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: { directory: path.resolve(__dirname, 'dist/web'), watch: false },
    client: { overlay: false },
  },
});
