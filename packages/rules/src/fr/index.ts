/** The French language pack of Titraille. */
export {STOP_WORDS, STOP_WORD_SET} from './stopwords.js'
