/** Worker-thread entry of the batch pool: one task in, one outcome out. */
import {processArticle} from './article.js'

export default processArticle
