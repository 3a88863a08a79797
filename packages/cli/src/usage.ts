/** The `--help` text. */
export const USAGE = `Usage: titraille [command] [options] [FILE|GLOB|-]...

Make a French article SEO-ready: subheadings, at least 700 words, French
typography, title / description / slug, and an SEO audit.

Commands:
  rewrite (default)   optimise articles; Markdown on stdout, or files with -o / --out-dir
  demo                optimise the French news article shipped with titraille
  audit               audit without rewriting

Input:
  FILE, GLOB or -     files to read ("-" or no argument with piped input: stdin)
  --format-in F       how to read the input: auto | text | markdown   (default: auto)
  --lang-check V      on | off: refuse text that is not French        (default: on)
  --max-size BYTES    largest accepted input                          (default: 5000000)

Output:
  -o, --output FILE   write the result to FILE (one input only)
  --out-dir DIR       write each result into DIR (same name, .md)
  --force             overwrite existing output files
  --no-h1             do not add an H1 title to the body
  --report R          audit report on stderr: text | json             (default: text)
  --fail-on LEVEL     exit 1 when a finding is at or above: warn | error | off (default: error)
  -q, --quiet         print no audit summary

  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or input error.
`
