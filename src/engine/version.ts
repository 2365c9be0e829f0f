/** The engine's version, shown by the task pane and the CLI. Kept in step with package.json. */
export const ENGINE_VERSION = '0.1.0';
