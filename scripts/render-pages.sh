#!/usr/bin/env bash
# Renders documents (.docx, default: every out/*.docx) to PNG pages in out/pages/ with LibreOffice and pdftoppm,
# installing them from Debian's packages when they are missing (as CI does), so a person can look at each page.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "Cài LibreOffice và poppler-utils (cần quyền root và mạng tới kho Debian)…"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation >/dev/null
fi

files=("$@")
[ ${#files[@]} -eq 0 ] && files=(out/*.docx)
mkdir -p out/pages
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "Không thấy $f"; exit 1; }
  base=$(basename "$f" .docx)
  tmp=$(mktemp -d)
  # One conversion per folder: two files with the same base name would overwrite each other.
  soffice --headless --convert-to pdf --outdir "$tmp" "$f" >/dev/null 2>&1
  pdftoppm -png -r "${DPI:-60}" "$tmp/$base.pdf" "out/pages/$base"
  cp "$tmp/$base.pdf" "out/pages/$base.pdf"
  pages=$(ls out/pages/"$base"-*.png | wc -l)
  echo "$f → out/pages/$base-*.png ($pages trang)"
  rm -rf "$tmp"
done
