declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const PorterStemmerFr: {stem(word: string): string}
  export default PorterStemmerFr
}
