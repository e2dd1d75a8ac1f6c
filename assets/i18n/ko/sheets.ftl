## 부서별 시트: 한 해의 수치를 담당 부서마다 통합 문서로 요청하고
## 회신을 읽어 들입니다.

sheets-name-about = 안내
sheets-name-indicators = 지표
sheets-name-budget = 예산
sheets-name-people = 수혜 인원
sheets-no-unit = 부서 미지정
sheets-about-title = { $city }: { $year }년 수치
sheets-about-unit = 대상 부서: { $unit }
sheets-about-fill = 각 시트의 노란색 칸에 { $year }년 수치를 입력한 뒤, 통합 문서를 그대로(같은 파일 이름, 같은 시트) 회신해 주십시오.
sheets-about-numbers = 단위나 글자 없이 숫자만 입력하십시오. “약 40”이 아니라 40으로 입력합니다. 아직 알 수 없는 수치는 칸을 비워 두십시오.
sheets-about-notes = 메모 열에는 수치에 대해 읽는 사람이 알아야 할 내용을 적습니다. 예를 들어 집계 방법이나, 수치가 없거나 늦어지는 이유입니다.
sheets-about-locked = 다른 열(번호, 이름, 기준값, 목표값)은 잠겨 있습니다. 프로필이 각 행을 구별하는 데 쓰입니다.
sheets-about-return = 행은 번호로 대조하므로 행 순서와 통합 문서 이름은 상관없습니다.
sheets-head-program-number = 사업 번호
sheets-head-indicator-number = 지표 번호
sheets-head-line-number = 항목 번호
sheets-head-program = 사업
sheets-head-indicator = 지표
sheets-head-unit = 단위
sheets-head-baseline = 기준값
sheets-head-target = 목표값
sheets-head-target-year = 목표 연도
sheets-head-last-value = 최근 값
sheets-head-last-year = 해당 연도
sheets-head-value = { $year }년 값
sheets-head-note = { $year }년 메모
sheets-head-currency = 통화
sheets-head-planned = { $year }년 계획
sheets-head-executed = { $year }년 집행
sheets-head-reached = { $year }년 수혜 인원
sheets-validation-title = 숫자를 입력하십시오
sheets-validation-message = 이 칸에는 숫자만 입력할 수 있습니다(글자나 단위 제외). 알 수 없는 수치는 비워 두십시오.
sheets-sheet-named = { $name } 시트

# 사용할 수 없었던 내용. 앞에 "파일, 시트 S, D14: "가 붙습니다.
sheets-too-big = 파일 크기가 { $megabytes }MB입니다. { $largest }MB를 넘는 시트는 읽지 않습니다.
sheets-unreadable-file = 파일을 읽을 수 없습니다({ $reason }).
sheets-not-workbook = Carta에서 읽을 수 있는 통합 문서가 아닙니다. 암호로 보호되었거나 손상되었거나 다른 종류의 파일일 수 있습니다({ $reason }).
sheets-not-carta = 이 파일에는 Carta가 작성한 시트가 없어(숨겨진 첫 행이 없음) 아무것도 읽지 않았습니다.
sheets-removed-indicators = 이 통합 문서에서 지표 시트가 삭제되어 그 수치를 읽지 않았습니다.
sheets-removed-budget = 이 통합 문서에서 예산 시트가 삭제되어 그 수치를 읽지 않았습니다.
sheets-removed-people = 이 통합 문서에서 수혜 인원 시트가 삭제되어 그 수치를 읽지 않았습니다.
sheets-other-profile = 이 시트는 다른 프로필용으로 작성되어 아무것도 읽지 않았습니다.
sheets-other-year = 이 시트는 { $expected }년이 아니라 { $year }년 수치를 모으므로 아무것도 읽지 않았습니다.
sheets-strange-year = 이 시트는 어떤 사업에도 있을 수 없는 { $year }년 수치를 모으므로 아무것도 읽지 않았습니다.
sheets-no-program-number = 이 행에 사업 번호가 없어 대조할 수 없습니다.
sheets-no-item-number = 이 행의 이 열에 번호가 없어 대조할 수 없습니다.
sheets-unknown-program = 이 프로필에 { $number }번 사업이 없습니다(삭제되었습니까?).
sheets-unknown-item = 이 사업에 { $number }번 항목이 없습니다(삭제되었습니까?).
sheets-line-of-other-year = 이 예산 항목은 이제 { $year }년 항목이므로 수치를 사용하지 않았습니다.
sheets-given-twice = 이 행은 이미 { $place }에 있으므로 두 번째 것은 사용하지 않았습니다.
sheets-not-a-number = “{ $text }”은(는) 숫자가 아닙니다.
sheets-a-date = { $text }은(는) 숫자가 아니라 날짜입니다(셀 서식이 날짜로 지정됨).
sheets-cell-error = 셀에 { $text } 오류가 표시됩니다.
sheets-negative = 집행액은 음수일 수 없습니다.
sheets-not-a-count = 인원 수는 0 이상의 정수여야 합니다.
sheets-note-without-value = 그 연도의 값이 없는 메모는 연결할 곳이 없어 보관하지 않았습니다.

# 창과 명령줄.
command-send-sheets = 부서에 시트 보내기…
command-read-sheets = 회신 시트 읽기…
dialog-send-sheets = 부서별 통합 문서를 저장할 폴더 선택
dialog-read-sheets = 작성된 통합 문서(또는 그 폴더) 선택
filter-sheets = 통합 문서 및 CSV
status-sheets-written = { $count ->
   *[other] { $year }년 통합 문서 { $count }개를 { $folder }에 작성했습니다.
}
status-sheets-none = 수치를 요청할 공개 사업이 없습니다.
alert-sheets-failed = 시트를 작성할 수 없습니다
sheets-read-title = { $files ->
   *[other] 파일 { $files }개에서 읽은 수치
}
sheets-read-changed = { $count ->
    [0] 바꿀 것이 없습니다. 읽은 수치가 모두 이미 프로필에 있습니다.
   *[other] 수치 { $count }개가 바뀝니다. 확인한 뒤 프로필에 반영하십시오.
}
sheets-read-problems = 사용할 수 없는 항목({ $count }):
sheets-accept = 이 수치 반영
status-sheets-taken = { $count ->
   *[other] 시트에서 수치 { $count }개를 반영했습니다(Ctrl+Z로 되돌릴 수 있음).
}
cli-sheets-over-profile = 시트를 읽어 들일 프로필과 같은 파일입니다. 결과는 새 파일로 저장됩니다. 다른 이름을 선택하십시오
cli-sheets-read = 파일 { $files }개를 읽었고, 수치 { $count }개가 바뀌었습니다.
sheets-after = 시트에서:
sheets-take-failed = 수치를 반영할 수 없습니다
sheets-work-changed = 시트를 읽는 동안 프로필이 바뀌어 아무것도 반영하지 않았습니다. 시트를 다시 읽으십시오.
