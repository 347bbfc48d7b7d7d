#!/bin/sh
# Makes the sample documents of single organisations from the HTML sources beside this script with LibreOffice
# (only to make test files; nothing runs LibreOffice at run time): every sample as .docx, .doc and .odt, the table
# with extra columns also as .xls. Run from this directory: sh make-samples.sh
set -e
export HOME="${TMPDIR:-/tmp}/samples-soffice-home"
out=..
for f in *.html; do
  for fmt in "docx:MS Word 2007 XML" "doc:MS Word 97" "odt:writer8"; do
    soffice --headless --infilter="HTML (StarWriter)" --convert-to "$fmt" --outdir "$out" "$f" >/dev/null
  done
done
soffice --headless --infilter="HTML (StarCalc)" --convert-to xls --outdir "$out" report-smolensk-2025-Q2-extra-columns.html >/dev/null
