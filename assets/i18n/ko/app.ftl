# 패널을 둘러싼 창: 메뉴, 명령, 대화 상자, 메시지.

## 메뉴
menu-file = 파일
menu-open-recent = 최근 파일
no-recent-files = 최근 파일 없음
clear-recent = 목록 지우기
clear-recent-none = 아직 연 파일이 없습니다.
menu-export = 내보내기
menu-edit = 편집
menu-view = 보기
menu-language = 인터페이스 언어
theme-system = 테마: 시스템 설정
theme-light = 테마: 밝게
theme-dark = 테마: 어둡게

## 명령
command-new = 새로 만들기
command-open = 열기…
command-save = 저장
command-save-as = 다른 이름으로 저장…
command-import-programs = 사업 가져오기…
command-import-campaign-text = 캠페인 텍스트 가져오기…
command-quit = 끝내기
command-undo = 실행 취소
command-redo = 다시 실행
command-present = 발표

## 내보내기 형식
format-txt = 캠페인 텍스트 (.txt)
format-markdown = Markdown (.md)
format-html = 웹 페이지 (.html)
format-json = JSON (.json)
format-slides-pdf = 슬라이드 PDF (.pdf)
format-slides-pdf-a4 = 슬라이드 PDF, A4 가로 (.pdf)
format-notes-pdf = 발표자 메모 포함 슬라이드 PDF (.pdf)

## 파일 대화 상자와 경로 입력 창
dialog-open = 프로필 열기
dialog-save-as = 프로필을 다른 이름으로 저장
dialog-import-programs = 다른 프로필에서 사업 가져오기
dialog-import-campaign-text = 캠페인 텍스트 형식의 프로필 페이지 가져오기
dialog-export = 프로필 내보내기
filter-text = 텍스트
filter-profile = Carta 프로필
filter-all-files = 모든 파일
dialogs-turned-off = 시스템 파일 대화 상자가 꺼져 있습니다.
details = 세부 정보
file-path = 파일 경로
file-path-hint = 예: /home/ana/문서/우리시.ron
folder-path-hint = 예: /home/ana/문서/다른-도시
open = 열기
save = 저장
export = 내보내기
cancel = 취소
ok = 확인
not-now = 나중에
dont-save = 저장 안 함

## 사이드바와 상태 표시줄
untitled = 제목 없음
present-button = 발표  (F5)
present-hint = 회의용 전체 화면 슬라이드. Esc를 누르면 돌아옵니다
status-not-saved-yet = 아직 파일로 저장하지 않음
status-unsaved = • 저장하지 않은 변경 사항
status-undone = 실행을 취소했습니다.
status-redone = 다시 실행했습니다.
status-new = 새 프로필입니다.
status-opened = { $path } 파일을 열었습니다.
status-saved = { $path }에 저장했습니다.
status-interface-unspoken = Carta는 아직 { $wanted } 화면을 지원하지 않습니다. 지원 언어: { $spoken }. 직접 고르기 전까지는 영어로 표시합니다(보기 ▸ 인터페이스 언어).
status-language-gone = 선택한 인터페이스 언어({ $code })를 더 이상 사용할 수 없습니다. 번역이 삭제되었습니다. 보기 ▸ 인터페이스 언어에서 다른 언어를 고르십시오.
status-exported = { $path }에 내보냈습니다.
export-campaign-headings = 내보냈습니다. 캠페인 페이지는 영어, 스페인어, 프랑스어로 게시되므로 이 파일에는 입력한 텍스트 위에 영어 제목이 붙습니다.
status-waiting-for-dialog = 파일 대화 상자를 기다리는 중…
status-restored = 저장하지 않은 작업을 복원했습니다. 보존하려면 저장하십시오.
status-settings-not-kept = 설정(언어, 테마, 최근 파일)을 보존하지 못했습니다: { $reason }
export-over-open-profile = { $path } 파일은 지금 열려 있는 프로필입니다. 그곳에 내보내면 프로필이 대체되므로 다른 이름을 고르십시오.
restore-stale-title = 작업을 보관한 뒤에 파일이 바뀌었습니다
restore-stale-message = Carta가 저장하지 않은 작업을 보관한 뒤에 누군가 또는 다른 프로그램이 { $path } 파일을 변경했습니다. 작업은 화면에 다시 표시되어 있습니다. 저장할 때 Carta가 상대 버전을 다시 불러올지, 두 버전을 비교할지, 내 버전을 다른 이름으로 보관할지 묻습니다.
status-autosave-failing = ⚠ 복구용 사본을 쓸 수 없습니다
status-autosave-back = 저장하지 않은 작업의 복구용 사본을 다시 기록하고 있습니다.
overwrite-title = “{ $name }” 파일이 이미 있습니다
overwrite-message = { $folder }에 같은 이름의 파일이 이미 있습니다. 바꾸면 기존 내용을 덮어씁니다.
overwrite-replace = 바꾸기
status-reloaded = 디스크에서 새 버전을 다시 불러왔습니다.
presenter-view-title = Carta — 발표자 보기

## 메시지
alert-open-failed = 이 파일을 열 수 없습니다
alert-document-unchanged = 열려 있던 문서는 변경되지 않았습니다.
alert-save-failed = 프로필을 저장할 수 없습니다
alert-export-failed = 내보낼 파일을 쓸 수 없습니다
import-page-title = 캠페인 페이지를 가져왔습니다
import-page-read = { $source }: 정책 분야 { $areas }개와 사업 { $programs }개를 읽었습니다. 파일 > 다른 이름으로 저장을 선택해 새 프로필을 저장하십시오.
import-page-points = 다음 사항을 확인하십시오:
unsaved-title = 변경 사항을 저장하시겠습니까?
unsaved-this-profile = 이 프로필
unsaved-message = { $name }에 저장하지 않은 변경 사항이 있습니다. 저장하지 않으면 변경 사항이 사라집니다.
restore-title = 저장하지 않은 작업을 복원하시겠습니까?
restore-never-saved = 저장한 적 없는 프로필
restore-message = Carta가 { $what }({ $city } 프로필)의 변경 사항을 저장하지 않고 종료되었습니다. 보관 시점: { $age }.
restore = 복원
discard = 버리기
age-now = 방금 전
age-minutes = { $count ->
   *[other] { $count }분 전
}
age-hours = { $count ->
   *[other] { $count }시간 전
}
age-days = { $count ->
   *[other] { $count }일 전
}
conflict-deleted-title = “{ $name }” 파일이 삭제되었거나 이동되었습니다
conflict-deleted-message = 다른 프로그램이 편집 중인 파일을 제거했습니다. 내 버전은 그대로 남아 있습니다.
conflict-changed-title = 다른 프로그램이 “{ $name }” 파일을 변경했습니다
conflict-changed-message = 파일을 연 뒤에 누군가 더 새로운 버전을 저장했습니다. Carta는 묻지 않고 덮어쓰지 않습니다.
conflict-save-here = 내 버전을 여기에 다시 저장
conflict-reload = 상대 버전 다시 불러오기
conflict-compare = 둘 다 보기
conflict-merge = 상대 버전을 내 버전에 병합…
conflict-save-as = 내 버전 보관: 다른 이름으로 저장…

## 콘텐츠 언어
content-language = 콘텐츠 언어
content-language-main = { $language } (기본)
content-language-add = { $language } 추가
content-language-another = 다른 언어…
language-search = 이름으로 언어 검색
language-search-hint = 아랍어, English, català, pt-BR…
language-search-none = 그런 이름의 언어가 없습니다.
content-language-add-title = 콘텐츠 언어 추가
content-language-add-explained = 언어 이름을 한국어나 그 언어 자체로 입력하거나, 언어 코드(pt-BR)를 입력하십시오.
content-language-missing = 번역할 항목 { $count }개

## 발표
slide-info = 슬라이드 { $counter }: { $heading }
slides-grid = 모든 슬라이드 — 하나를 클릭하거나 G 또는 Esc를 눌러 돌아갑니다
presenter-end = (끝)
presenter-view = 발표자 보기
presenter-now = 현재 슬라이드: { $number } / { $count }
presenter-next = 다음
presenter-notes = 메모
presenter-no-notes = 이 슬라이드에는 메모가 없습니다.
presenter-previous = ◀ 이전
presenter-next-button = 다음 ▶
presenter-one-screen = 화면이 하나뿐이라 청중에게 이 보기가 보입니다. P를 누르면 슬라이드로 돌아갑니다.
presenter-slides-on = 슬라이드 표시 화면
presenter-swap = 화면 바꾸기

content-language-make-main = 기본 언어로 지정: { $language }
content-language-remove = { $language } 및 해당 텍스트 삭제
status-language-removed = { $language } 텍스트를 삭제했습니다. Ctrl+Z로 되돌릴 수 있습니다.

fonts-missing-title = 일부 텍스트를 표시할 수 없습니다
fonts-missing = 이 컴퓨터에는 { $scripts } 텍스트(예: “{ $samples }”)를 표시할 글꼴이 없어 화면에 빈 상자로 나타납니다. 파일 자체에는 문제가 없습니다.
fonts-hint-linux = 이 텍스트를 보려면 다음 글꼴 패키지의 설치를 요청한 뒤 Carta를 다시 시작하십시오: { $packages }
fonts-hint-windows = 이 텍스트를 보려면 Windows 설정 ▸ 시간 및 언어 ▸ 언어 및 지역에서 해당 문자를 쓰는 언어를 추가하거나(글꼴이 함께 설치됩니다), IT 부서에 해당 “보조 글꼴” 선택적 기능의 설치를 요청한 뒤 Carta를 다시 시작하십시오.
fonts-hint-macos = 이 텍스트를 보려면 서체 관리자에서 해당 문자용 서체를 내려받은 뒤 Carta를 다시 시작하십시오.
paste-page-how = 캠페인 웹사이트에서 프로필 페이지 전체를 선택해 복사(Ctrl+C)한 뒤 아래에 붙여 넣으십시오(Ctrl+V). 또는 페이지를 저장한 텍스트 파일을 여십시오.
paste-page-field = 페이지
paste-page-hint = 여기에 페이지를 붙여 넣으십시오
paste-page-import = 붙여 넣은 페이지 가져오기
paste-page-empty = 먼저 페이지를 붙여 넣으십시오
paste-page-open-file = 파일 열기…
paste-page-source = 붙여 넣은 페이지

## 도움말과 인쇄
menu-help = 도움말
command-print = 인쇄…
command-guide = 사용 설명서
command-shortcuts = 바로 가기 키
command-about = Carta 정보
alert-print-failed = 인쇄용 페이지를 만들 수 없습니다
status-print-opened = 브라우저에서 인쇄용 페이지를 열었습니다. 브라우저에서 인쇄하십시오(Ctrl+P). 파일 위치: { $path }
status-print-written = 인쇄용 페이지를 { $path }에 만들었습니다. 브라우저에서 열어 인쇄하십시오.
print-no-browser = 인쇄용 페이지를 { $path }에 만들었지만 브라우저로 열지 못했습니다({ $reason }). 직접 열어 인쇄하십시오.
shortcuts-menus = Alt 또는 F10: 메뉴 열기. Tab, Shift+Tab: 필드 사이 이동. Enter 또는 Space: 선택된 단추 누르기. Esc: 창 닫기.
# 키보드에 표시된 Shift 키 이름(메뉴와 바로 가기 키 목록).
key-shift = Shift
shortcuts-present = 발표 중: → 또는 Space 다음 슬라이드, ← 이전 슬라이드, Home 처음, End 마지막, 숫자 입력 후 Enter 해당 슬라이드로 이동, B 화면 가리기, G 모든 슬라이드 보기, P 발표자 보기, Esc 발표 끝내기.
about-what = 우리 시의 인권도시 프로필과 시책 사업 목록을 관리하고, 점검하고, 발표합니다.
about-licence = { $licence } 라이선스에 따른 자유 소프트웨어입니다.
about-licence-or = {" 또는 "}
about-settings = 설정
about-recovery = 저장하지 않은 작업의 사본
about-cache = 다른 도시 자료 및 인쇄용 페이지 캐시
about-nowhere = 보관하지 않음
about-profiles = 프로필은 저장한 위치에 있습니다. 저장할 때마다 이전 버전을 파일 옆에 .bak 파일로 보관합니다.

## 시작 화면
welcome-title = Carta에 오신 것을 환영합니다
welcome-explained = Carta는 우리 시의 인권도시 프로필과 사업 목록을 관리하고, 캠페인 양식에 맞는지 점검하며, 회의에서 발표할 수 있게 해 줍니다. 모든 자료는 이 컴퓨터에만 저장됩니다.
welcome-start = 우리 시 프로필 시작하기
welcome-languages = 언어
welcome-languages-hint = 처음 선택한 언어가 기본 언어입니다. 다른 언어는 나중에 사이드바에서 추가할 수 있습니다.
welcome-start-button = 프로필 시작
welcome-start-needs-city = 먼저 도시 이름을 입력하십시오.
welcome-or = 또는
welcome-example = 산안토니오 예시 보기
welcome-skip = 빈 양식으로 이동
welcome-recent = 최근 파일
example-title = 예시 (산안토니오)
status-started = 새 프로필입니다. ‘도시’ 패널부터 작성한 뒤 Ctrl+S로 저장하십시오.
status-example = 산안토니오의 프로필 예시입니다. 저장하면 새 이름을 묻습니다.
slides-typed = { $number }번 슬라이드로 이동 (Enter)
slides-empty = 아직 발표할 내용이 없습니다. 먼저 ‘도시’ 패널을 작성한 뒤 나머지 양식을 채우십시오.
presenter-clock = 현재 시각 { $time }
shortcuts-or = 또는
welcome-window-title = 환영합니다 — Carta
presenter-thumbnail = 슬라이드 { $number }: { $heading }

picture-unreadable = { $file } 그림을 읽을 수 없습니다: { $reason }
picture-not-a-picture = { $file } 파일은 PNG나 JPEG 그림이 아니거나 손상되었습니다. PNG나 JPEG로 저장한 뒤 다시 선택하십시오.
picture-too-many-pixels = { $file } 파일은 { $width } × { $height } 픽셀로, Carta가 받을 수 있는 한도(1억 픽셀)를 넘습니다. 크기를 줄인 뒤 다시 선택하십시오.
field-logo = 로고
field-cover = 표지 사진
pictures-explained = 제목 슬라이드와 배포 자료에 표시됩니다. 프로필 파일 안에 보관되므로(메일로 보낼 수 있을 만큼 작게 줄임) 파일을 받은 동료도 볼 수 있습니다.
picture-none = 없음
picture-choose = 선택…
picture-change = 변경…
picture-remove = 제거
picture-damaged = 이 그림은 표시할 수 없습니다.
dialog-choose-logo = 시 로고 선택
dialog-choose-cover = 표지 사진 선택
filter-pictures = 그림 (PNG, JPEG)
status-logo-set = 로고를 추가했습니다. Ctrl+Z로 되돌릴 수 있습니다.
status-cover-set = 표지 사진을 추가했습니다. Ctrl+Z로 되돌릴 수 있습니다.
alert-picture-failed = 그림을 사용할 수 없습니다
slide-logo-alt = { $city } 로고
picture-left-out-Logo = 로고를 읽을 수 없어(손상되었거나 잘림) 게시물에서 제외합니다. ‘도시’ 패널에서 다시 선택하십시오.
picture-left-out-Cover = 표지 사진을 읽을 수 없어(손상되었거나 잘림) 게시물에서 제외합니다. ‘도시’ 패널에서 다시 선택하십시오.
status-picture-preparing = 그림 준비 중…
status-picture-other-profile = 지금 다른 프로필이 열려 있어 그림을 추가하지 않았습니다.
status-exporting = { $path } 쓰는 중…
status-export-busy = 다른 내보내기 파일을 아직 쓰고 있습니다. 잠시 후 다시 시도하십시오.
export-stopped = 내보내기 파일 쓰기가 예기치 않게 중단되었습니다.

## 담당자가 추가하는 번역 (도움말 ▸ Carta 번역하기…)
language-added-entry = { $name } — 문구 { $total }개 중 { $translated }개
command-translate = Carta 번역하기…
command-add-translation = 번역 추가…
command-reload-translations = 번역 다시 읽기
translate-into = 번역할 언어: { $language }
translate-title = Carta 번역하기
translate-explained = Carta를 번역할 언어를 고르십시오. Carta가 문구를 폴더에 저장하며, 각 문구 옆에 영어와 현재 인터페이스 언어를 함께 적습니다. 아무 텍스트 편집기에서 번역하고 저장한 다음 보기 ▸ 인터페이스 언어 ▸ 번역 다시 읽기를 고르십시오.
filter-translation = 번역 (.zip 또는 번역 폴더 안의 아무 파일)
translation-path-hint = 번역 폴더(이름은 언어 코드, 예: eu), 그 안의 파일 또는 zip 파일
dialog-add-translation = 번역 폴더 선택 (폴더 이름은 언어 코드)
translation-loaded = { $name }: 문구 { $total }개 중 { $translated }개
translation-syntax = { $file }, { $line }행 { $column }열: 이 문구를 읽을 수 없습니다({ $what }). 파일의 나머지는 사용합니다.
translation-not-a-code = 폴더 { $folder }의 이름이 언어 코드(예: “eu”, “pt-BR”)가 아니어서 제외했습니다.
translation-built-in = { $folder }의 번역은 Carta가 이미 지원하는 언어({ $language })의 코드를 쓰고 있어 Carta의 기본 번역을 유지합니다.
translation-unreadable = { $path }: { $reason }
translation-too-many = { $folder }에서 처음 { $count }개 번역만 읽었습니다.
alert-translation-problems = 번역을 모두 읽지 못했습니다
status-no-translations = 설정 폴더에 번역이 없습니다.
status-translations-read = 읽은 번역: { $list }
status-translation-written = 번역할 문구는 { $folder }에 있습니다. 번역하고 저장한 다음 보기 ▸ 인터페이스 언어 ▸ 번역 다시 읽기를 고르십시오.
status-translation-no-settings = 이 컴퓨터에는 Carta 설정 폴더가 없어 번역을 보관할 수 없습니다.
