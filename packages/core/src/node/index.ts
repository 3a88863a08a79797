/** Node-only helpers of @titraille/core: reading and writing article files safely. */
export {readArticleFile, writeFileAtomic, FileError} from './files.js'
