/** Node-only helpers of @titraille/core: reading and writing article files safely. */
export {readArticleFile, writeFileAtomic, FileError} from './files.js'
export {loadConfig, loadConfigSync, optionsFor, validateConfig, CONFIG_FILES} from './config.js'
export type {TitrailleConfig, LoadedConfig, LoadConfigOptions, ConfiguredOptions, RuleSetting, RuleSeverity} from './config.js'
export {remarkTitrailleNode, printMessages} from './remark.js'
export type {RemarkTitrailleNodeOptions} from './remark.js'
// The default export lets hosts that load plugins by package name (Next.js MDX, Docusaurus) use it.
export {remarkTitrailleNode as default} from './remark.js'
