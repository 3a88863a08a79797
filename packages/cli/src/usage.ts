/** The `--help` text. */
export const USAGE = `Usage: titraille [command] [options] [FILE|GLOB|-]...

Make a French article SEO-ready: subheadings, at least 700 words, French
typography, title / description / slug, and an SEO audit.

Commands:
  rewrite (default)   optimise articles; Markdown on stdout, or files with -o / --out-dir
  demo                optimise the French news article shipped with titraille
  audit               audit without rewriting (--report text|json|sarif|html, --preset)
  keywords            ranked keyphrases (--top N, --json)
  segment             the sections and their headings (--json, --sentences)

Input:
  FILE, GLOB or -     files to read ("-" or no argument with piped input: stdin)
  --format-in F       how to read the input: auto | text | markdown   (default: auto)
  --lang-check V      on | off: refuse text that is not French        (default: on)
  --max-size BYTES    largest accepted input                          (default: 5000000)

Rewriting:
  --keyphrase K       the focus keyphrase (front matter \`keyphrase\` wins)
  --min-words N       words to reach                                  (default: 700)
  --allow-padding     expand an article under 120 words anyway
  --no-typography     leave the typography as it is
  --no-h1             do not add an H1 title to the body

Output:
  -o, --output FILE   write the result to FILE (one input only)
  --out-dir DIR       write each result into DIR (same relative path)
  --force             overwrite existing output files
  --format F          md | html | json                                (default: md)
  --canonical URL     canonical URL in HTML output
  --faq-schema        FAQPage JSON-LD in HTML output
  -j, --jobs N        worker threads for several files               (default: cores)
  --report R          report on stderr: text | json                   (default: text)
  --fail-on LEVEL     exit 1 when a finding is at or above: warn | error | off (default: error)
  -q, --quiet         print no report or progress

  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or input error.
`
