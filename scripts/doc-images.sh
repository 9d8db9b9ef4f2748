#!/usr/bin/env bash
# Regenerates docs/images/ from what the last `npm test` and `npm start` wrote: the documents in out/*.docx laid out by
# LibreOffice (the page holding each heading, found with pdftotext) and the Chromium screenshots in out/screenshots/.
# Run: npm test && npm start && bash scripts/doc-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
img=docs/images
mkdir -p "$img"

# render <docx>: LibreOffice → out/pages/<base>.pdf (as npm run pages does)
render() { bash scripts/render-pages.sh "$1" >/dev/null; }

# page <docx> <heading> [nth]: the page of the nth page whose text holds the heading
page() {
  local pdf="out/pages/$(basename "$1" .docx).pdf" n i hits=0
  n=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
  for i in $(seq 1 "$n"); do
    if pdftotext -f "$i" -l "$i" "$pdf" - | tr -s ' \n' ' ' | grep -qF "$2"; then
      hits=$((hits + 1))
      if [ "$hits" -ge "${3:-1}" ]; then echo "$i"; return; fi
    fi
  done
  echo "Không thấy \"$2\" trong $pdf" >&2
  exit 1
}

# shot <docx> <heading> <image name> [nth]
shot() {
  local p pdf="out/pages/$(basename "$1" .docx).pdf"
  p=$(page "$1" "$2" "${4:-1}")
  pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$pdf" "$img/$3"
  echo "$img/$3.png ← $1, trang $p"
}

dossier=out/ho-so-dvht-2025-truong-thcs-binh-minh.docx
plan=out/ke-hoach-tu-danh-gia-dvht-2025-truong-thcs-binh-minh.docx
improvement=out/bao-cao-cai-tien-dvht-2025-truong-thcs-binh-minh.docx
district=out/district/van-ban-cong-nhan.docx
[ -f out/district/van-ban-cong-nhan.docx ] || npm run district >/dev/null
for f in "$dossier" "$plan" "$improvement" "$district"; do
  [ -f "$f" ] || { echo "Thiếu $f: chạy npm test và npm start trước."; exit 1; }
  render "$f"
done

shot "$dossier" 'HỒ SƠ' ho-so-1-trang-bia
shot "$dossier" 'TỜ TRÌNH' ho-so-2-to-trinh
shot "$dossier" 'BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ' ho-so-3-ban-tong-hop
shot "$dossier" '2.3.1. Mô tả hiện trạng' ho-so-4-chi-tieu-2-3
shot "$dossier" 'III. KẾT LUẬN CHUNG' ho-so-5-ket-luan
shot "$plan" 'KẾ HOẠCH' ke-hoach-1
shot "$plan" 'QUYẾT ĐỊNH' ke-hoach-2-quyet-dinh
shot "$improvement" 'BÁO CÁO' bao-cao-cai-tien-1
shot "$district" 'BẢN TỔNG HỢP' huyen-ban-tong-hop
shot "$district" 'QUYẾT ĐỊNH' huyen-du-thao-quyet-dinh

for s in 1-binh-thuong 2-van-de 3-sau-khi-tao-bao-cao 4-loi 5-so-tong-hop 6-bieu-do; do
  [ -f "out/screenshots/$s.png" ] && cp "out/screenshots/$s.png" "$img/sidebar-$s.png" && echo "$img/sidebar-$s.png ← out/screenshots/$s.png"
done
[ -f out/screenshots/huyen-tong-quan.png ] && cp out/screenshots/huyen-tong-quan.png "$img/huyen-tong-quan.png"
echo "Xong."
