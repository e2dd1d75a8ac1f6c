# 사업 패널: 사업 목록 표, 도구 모음, 사업 편집기.

## 표와 도구 모음
column-title = 제목
column-kind = 유형
column-status = 상태
column-unit = 담당 부서
column-groups = 대상 집단
column-rights = 권리
column-sdgs = SDGs
sort-by = { $column } 기준 정렬
catalogue-empty = 사업 목록이 비어 있습니다. 시의 첫 사업을 추가하십시오.
untitled-program = (제목 없음)
search = 검색
search-hint = 모든 텍스트에서 단어 검색
programs-shown = { $total }개 중 { $shown }개 표시
program-add = ➕ 추가
program-duplicate = 복제
program-delete = { $count ->
    [0] 🗑 삭제
   *[other] 🗑 { $count }개 삭제
}
undo-hint = Ctrl+Z로 실행 취소
tag-selected = { $count ->
    [0] 일괄 지정
   *[other] 일괄 지정 ({ $count })
}
field-target-group = 대상 집단
tag-right = 권리 (세계인권선언 조항)
tag-sdg = 지속가능발전목표
tag-area = 정책 분야
filter-show = 표시
filter-group = 대상 집단
filter-right = 권리
filter-area = 분야
filter-clear = 필터 지우기
filter-all = { $name }: 전체
filter-everything = 전체
filter-by = { $name } 필터

## 편집기
editor-close = ✖ 닫기
editor-close-hint = 편집기를 닫고 표를 넓게 봅니다
editor-many-selected = 사업 { $count }개를 선택했습니다. 위의 “일괄 지정”으로 대상 집단, 권리, 목표, 상태, 정책 분야를 한꺼번에 지정하십시오.
editor-choose = 표에서 사업을 고르거나 새로 추가하십시오.
program-from = { $city }에서 가져옴
field-responsible-unit = 담당 부서
field-start = 시작
field-end = 종료
field-visibility = 공개 범위
visibility-public = 공개
visibility-internal = 내부용 (게시 안 함)
field-description = 설명
section-areas = 정책 분야
section-partners = 협력 기관
section-rights = 다루는 권리 (세계인권선언) — { $count }개 선택
section-sdgs = 지속가능발전목표 — { $count }개 선택
sdg-number = SDG { $number }
section-indicators = 지표
section-budget = 예산
section-beneficiaries = 수혜자
section-evidence = 증빙 자료
group-another = 다른 집단:
group-add = 집단 추가
partner-add = ➕ 협력 기관 추가
partner-remove = 협력 기관 { $number } 제거
partner-name = 협력 기관 { $number } 이름
partner-name-hint = 기관명
partner-role = 협력 기관 { $number } 역할
partner-role-hint = 역할 (예: 공동 재원 부담)
moment-hint = 2024 또는 2024/3/15
moment-invalid = 연도(2024)나 날짜(2024/3/15)를 입력하십시오.
sdg-targets = SDG 세부목표:
sdg-target-remove = 이 세부목표 제거
sdg-target-hint = 예: 10.2
sdg-target-new = 새 SDG 세부목표
sdg-target-add = 세부목표 추가
indicator-name = 지표 { $number } 이름
indicator-name-hint = 측정하는 내용
indicator-remove = 지표 { $number } 제거
indicator-unit = 지표 { $number } 단위
indicator-unit-label = 측정 단위
indicator-unit-hint = %, 명, 일…
indicator-baseline = 기준값
indicator-baseline-of = 지표 { $number } 기준값
indicator-target = 목표값
indicator-target-of = 지표 { $number } 목표값
indicator-add = ➕ 지표 추가
indicator-kind-of = 지표 { $number } 유형
indicator-kind-Structural = 구조
indicator-kind-Process = 과정
indicator-kind-Outcome = 결과
measurement-measured = 측정 연도
measurement-value-label = 값
measurement-year = 지표 { $number } 측정 { $nth } 연도
measurement-value = 지표 { $number } 측정 { $nth } 값
measurement-remove = 측정값 { $nth } 제거
measurement-add = ➕ 측정값 추가
progress-incomplete = 기준값, 목표값, 측정값을 입력하면 진척도가 표시됩니다.
budget-add = ➕ 예산 항목 추가
budget-remove = 예산 항목 { $number } 제거
budget-year = 예산 항목 { $number } 연도
budget-amount = 예산 항목 { $number } 금액
budget-currency = 예산 항목 { $number } 통화
beneficiaries-add = ➕ 수혜자 추가
beneficiaries-remove = 수혜자 { $number } 제거
beneficiaries-count = 수혜자 { $number } 인원
beneficiaries-people-in = 명, 연도
beneficiaries-year = 수혜자 { $number } 연도
evidence-add = ➕ 증빙 자료 추가
evidence-remove = 증빙 자료 { $number } 제거
evidence-title = 증빙 자료 { $number } 제목
evidence-link = 증빙 자료 { $number } 링크
evidence-link-hint = https://… 또는 프로필 옆의 파일
open-in-browser = 브라우저에서 열기
indicator-progress = 기준 { $baseline }에서 현재 { $latest }, 목표 { $target } { $unit } ({ $percent }%)
suggestions-accept = 제안 수락
suggestions-reject = 제안 거절
suggestions-accept-all = 모든 제안 수락
suggestions-reject-all = 모든 제안 거절

## 조항과 목표 선택기
picker-add-article = 조항 추가
picker-add-goal = 목표 추가
picker-hint = 단어 또는 번호
picker-done = 완료
picker-remove = { $item } 제거
picker-nothing = 일치하는 항목이 없습니다.
program-delete-none = 삭제할 사업을 표에서 고르십시오.
tag-selected-none = 표에서 사업을 선택하면(Ctrl+클릭, Shift+클릭) 한꺼번에 지정할 수 있습니다.
program-duplicate-none = 복제할 사업 하나를 표에서 고르십시오.
budget-year-label = 연도
budget-amount-label = 금액
budget-currency-label = 통화
table-row = { $title }, 유형 { $kind }, 상태 { $status }
