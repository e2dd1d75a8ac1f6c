# 비교, 버전, 병합: 변경 사항을 알려 주는 방식.

## 변경이 있는 위치
change-field-name = 이름
change-field-qualifier = 구분 표기
change-field-country = 국가
change-field-region = 지역
change-field-government = 정부 유형
change-field-population = 인구 규모
change-field-joined = 가입 연도
change-field-leader = 단체장
change-field-title = 제목
change-field-mandate = 임기
change-field-logo = 로고
change-field-cover = 표지 사진
change-field-prose = 비전 내용
change-field-answers = 답변
change-field-form = 작성 형식
change-field-introduction = 소개
change-field-aims = 목표
change-field-closing = 맺음말
change-field-areas = 정책 분야
change-field-description = 설명
change-field-programs = 사업
change-field-notes = 발표자 메모
change-field-summary = 요약
change-field-kind = 유형
change-field-status = 상태
change-field-start = 시작
change-field-end = 종료
change-field-responsible-unit = 담당 부서
change-field-partners = 협력 기관
change-field-role = 역할
change-field-target-groups = 대상 집단
change-field-rights = 권리
change-field-sdgs = 지속가능발전목표
change-field-sdg-targets = SDG 세부목표
change-field-indicators = 지표
change-field-unit = 측정 단위
change-field-baseline = 기준값
change-field-target = 목표값
change-field-measurements = 측정값
change-field-value = 값
change-field-budget = 예산
change-field-amount = 금액
change-field-currency = 통화
change-field-beneficiaries = 수혜자
change-field-count = 인원
change-field-evidence = 증빙 자료
change-field-link = 링크
change-field-visibility = 공개 범위
change-field-origin = 복사 출처
change-field-suggested = 페이지에서 제안됨
change-field-languages = 콘텐츠 언어
change-field-own-target-groups = 도시 고유의 대상 집단
change-field-unplaced = 아직 배치하지 않은 텍스트
change-field-next-program-id = 다음 사업 번호
change-field-format-version = 파일 형식

## 알려 주는 변경 사항
change-section-other = 프로필
change-program = 사업 #{ $number } “{ $title }”
change-catalogue-order = 사업 목록 순서 변경
change-order = 순서
change-item-named = “{ $name }”
change-picture = 그림
change-section-edited = { $section } 수정
change-programs-changed = 사업 { $count }개 변경
change-programs-added = 사업 { $count }개 추가
change-programs-deleted = 사업 { $count }개 삭제
change-none = 변경 없음

## 명령줄에서 병합
cli-merge-no-output = carta: 병합 결과를 쓸 위치를 -o FILE로 지정하십시오(또는 --git-driver로 git의 병합 드라이버로 실행하십시오).
cli-merge-unreadable = carta: 병합한 프로필을 다시 읽을 수 없어 아무것도 쓰지 않았습니다.
cli-merge-nothing = (없음)
cli-merge-conflict = { $place }: 내 것 { $mine } / 상대 것 { $theirs }

## 파일과 비교, 동료의 사본 병합
command-compare-with = 다른 파일과 비교…
command-merge-copy = 동료 사본 병합…
dialog-compare-with = 다른 프로필과 비교
dialog-merge-copy = 동료의 사본 병합
compare-with-title = 내 프로필과 { $name }
compare-same = 두 프로필의 내용이 같습니다.
compare-count = 차이점 { $count }개
compare-show = 표시:
compare-before = 내 것:
compare-after = { $name }:
merge-title = { $name } 병합
merge-other-profile = 이 사본은 다른 프로필(다른 도시의 프로필이거나 따로 시작한 프로필)입니다. 모든 차이를 직접 선택해야 합니다.
merge-no-base = 두 사본이 공통으로 시작한 버전이 이 컴퓨터에 보관되어 있지 않습니다. 양쪽이 서로 다르게 가진 필드는 모두 직접 선택해야 하며, 한쪽 사본에만 있는 내용은 유지됩니다.
merge-summary = 상대방의 변경 사항 { $taken }개를 반영했습니다. { $conflicts ->
    [0] 직접 정할 것은 없습니다.
   *[other] 양쪽이 서로 다르게 바꾼 필드 { $conflicts }개:
}
merge-renumbered = 양쪽에서 추가한 사업 { $count }개에 새 번호를 붙였습니다.
merge-all-mine = 모두 내 것 유지
merge-all-theirs = 모두 상대 것으로
merge-keep-mine = 내 것: { $value }
merge-take-theirs = 상대 것: { $value }
merge-apply = 병합
merge-failed = 사본을 병합할 수 없습니다
merge-same-file = 지금 열려 있는 파일입니다. 동료의 사본을 선택하십시오.
status-merged = { $name } 병합 완료: 변경 사항 { $taken }개 반영, { $settled }개 직접 결정. Ctrl+Z로 되돌릴 수 있습니다.

## 버전 기록
command-version-history = 버전 기록…
history-title = 버전 기록
history-your-name = 저장하는 버전 옆에 표시할 이름:
history-your-name-hint = 예: 김민지
history-empty = 아직 보관된 버전이 없습니다. 지금부터 저장할 때마다 버전이 하나씩 보관됩니다.
history-changes = 변경 내용
history-compare-now = 현재와 비교
history-restore = 이 버전 복원
history-kept = 프로필 { $profiles }개의 버전 { $count }개를 { $folder }에 보관하고 있습니다({ $megabytes }MB). 최근 하루는 모든 버전을, 그 뒤 한 달은 하루에 하나씩, 그 이후는 한 달에 하나씩 보관합니다.
history-version-of = { $when } 버전
history-before = 이전:
history-after = 이후:
status-version-restored = { $when } 버전을 새 변경으로 되돌렸습니다. Ctrl+Z로 취소할 수 있습니다.
status-versions-failed = 저장했지만 이 버전을 기록에 보관할 수 없습니다: { $reason }
history-first-kept = 여기에 보관된 첫 버전
history-close = 닫기
compare-go-to = 이 필드로 이동
merge-work-changed = 선택하는 동안 프로필이 바뀌어(그림이 추가됨) 아무것도 병합하지 않았습니다. 사본을 다시 병합하십시오.
status-first-version = 여기에 보관된 첫 버전입니다. 비교할 이전 버전이 없습니다.
merge-shared-ids = 한 사본의 두 사업이 같은 번호를 써서 서로 구별할 수 없습니다. 그 사본에서 사업마다 고유한 번호를 준 뒤(점검 패널에 표시됨) 다시 병합하십시오.
merge-not-a-number = { $program }에 숫자가 아닌 수(직접 편집한 “NaN” 또는 “inf”)가 있어 필드별로 비교할 수 없습니다. 그 사본에서 고친 뒤(점검 패널에 표시됨) 다시 병합하십시오.
history-compare-two = 두 버전 비교
history-compare-two-hint = 버전 하나를 선택한 뒤 Ctrl+클릭으로 다른 버전을 선택하십시오.
history-version-label = { $when }:
