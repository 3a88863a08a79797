/** @titraille/cli: the `titraille` command as a library (for tests and wrappers). */
export {main, version} from './main.js'
export type {Command} from './main.js'
export type {CliContext} from './io.js'
export {EXIT} from './io.js'
