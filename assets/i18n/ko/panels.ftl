# 양식의 패널.

## 제목과 부제
panel-city = 도시
panel-city-subtitle = 도시 소개: 캠페인 프로필 맨 위에 실리는 기본 정보입니다.
panel-vision = 비전
panel-vision-subtitle = 인권도시·지역으로서 시의 비전입니다.
panel-motivations = 참여 동기
panel-motivations-subtitle = 시가 캠페인에 참여한 이유와 지향하는 목표입니다.
panel-policies = 정책
panel-policies-subtitle = 번호가 매겨진 정책 분야와 분야별 사업입니다.
panel-programs = 사업
panel-programs-subtitle = 프로필을 뒷받침하는 시책 사업 목록입니다.
panel-overview = 개요
panel-overview-subtitle = 사업 목록이 다루는 권리, 대상 집단, 목표와 빠진 부분입니다.
panel-check = 점검
panel-check-subtitle = 캠페인 양식에서 아직 빠졌거나 잘못된 부분입니다.

## 공통 필드 용어
not-set = 미지정
other = 기타…
other-hint = 여기에 입력
translate-source-empty = (기본 언어에서 비어 있음)

## 도시
city-name-hint = 예: 산안토니오
qualifier-hint = 예: 칠레
qualifier-explained = “산안토니오 (칠레)”처럼 이름 뒤 괄호 안에 표시됩니다.
leader-title-hint = 예: 시장
mandate-years = 연도 범위
mandate-words = 글로 입력
mandate-start = 임기 시작
mandate-end = 임기 종료
mandate-to = ~
mandate-reversed = 임기 종료가 시작보다 앞섭니다.
mandate-in-words = 임기 설명

## 비전
vision-form = 비전 작성 방식
vision-form-prose = 서술형
vision-form-questions = 캠페인 질문에 대한 답변
vision-hint = 두 방식 모두 파일에 보관되며, 프로필에는 여기에서 고른 방식이 표시됩니다. 문단 사이에는 빈 줄을 넣고, 목록은 줄 앞에 “- ”를 붙이십시오.

## 참여 동기
aim = 목표 { $number }
aim-up = 목표 { $number } 위로 이동
aim-down = 목표 { $number } 아래로 이동
aim-remove = 목표 { $number } 제거
aim-add = ➕ 목표 추가

## 정책
policies-introduction = 정책 소개
policies-choose = 왼쪽에서 정책 분야를 고르거나 새로 추가하십시오.
area-add = ➕ 분야 추가
area-new-title = 새 정책 분야
untitled-area = (제목 없음)
areas-none = 아직 정책 분야가 없습니다.
area-remove = 🗑 분야 제거
area-up = 분야 위로 이동
area-down = 분야 아래로 이동
field-notes = 발표자 메모
notes-hint = 발표자 보기에서 나에게만 표시되며, 청중에게는 보이지 않습니다.
area-programs = 이 분야의 사업
open-in-catalogue = 사업 목록에서 열기
program-missing = ⚠ 사업 #{ $id }: 사업 목록에 없음
area-program-remove = 분야에서 사업 { $number } 제거
area-program-up = 사업 { $number } 위로 이동
area-program-down = 사업 { $number } 아래로 이동
area-programs-none = 아직 사업이 없습니다. 아래 사업 목록에서 추가하십시오.
choose-from-catalogue = 사업 목록에서 선택…
area-new-program = ➕ 여기에 새 사업

## 점검
check-nothing = 고칠 것이 없습니다. 프로필에 캠페인 양식이 요구하는 내용이 모두 있습니다.
check-to-correct = 수정할 항목 { $count }개
check-to-complete = 채울 항목 { $count }개
check-click = 항목을 클릭하면 해당 필드로 이동합니다.

## 개요
overview-total = 사업 목록에 사업 { $count }개가 있습니다. 막대를 클릭하면 해당 사업이 표시됩니다.
overview-per-right = 권리별 사업 (세계인권선언 조항)
overview-per-sdg = 지속가능발전목표별 사업
overview-per-group = 대상 집단별 사업
overview-per-status = 상태별 사업
programs-count = { $count ->
   *[other] 사업 { $count }개
}
overview-show = { $count ->
   *[other] 해당 사업 보기
}
overview-gaps = 사각지대
overview-all-rights = 세계인권선언의 모든 조항을 하나 이상의 사업이 다루고 있습니다.
overview-rights-gaps = 어떤 사업도 다루지 않는 세계인권선언 조항 { $count }개:
article = 제{ $number }조
overview-all-groups = 모든 대상 집단이 하나 이상의 사업 대상입니다.
overview-group-gaps = 어떤 사업의 대상도 아닌 대상 집단 { $count }개:

## 번역
translating = 원문: { $source } (왼쪽) · 번역: { $target } (오른쪽)
unplaced-title = 아직 배치하지 않은 텍스트 ({ $count })
unplaced-how = 가져온 페이지 중 Carta가 배치하지 못한 텍스트입니다. 각 조각을 알맞은 곳에 넣거나 버리십시오. 실행 취소로 되돌릴 수 있습니다.
unplaced-line = 페이지 { $line }번째 줄
unplaced-put = 텍스트 { $number } 넣을 곳…
unplaced-let-go = 텍스트 { $number } 버리기
place-in-vision = 비전 (서술형)
place-in-answer-1 = 비전 첫 번째 질문의 답변
place-in-answer-2 = 비전 두 번째 질문의 답변
place-in-introduction = 참여 동기 소개
place-as-aim = 참여 동기의 새 목표
place-in-closing = 참여 동기 맺음말
place-in-policies = 정책 소개
place-as-program = 사업 목록의 새 사업
