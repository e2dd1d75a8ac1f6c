# 프로필 자체에 관한 말: 필드 이름, 점검 패널의 결과,
# 그리고 Carta가 슬라이드와 내보내기 파일에 덧붙이는 말.

## 프로필의 콘텐츠 언어로서의 언어
language-en = 영어
language-es = 스페인어
language-fr = 프랑스어

## 필드 이름(점검 패널에서 담당자를 안내하는 곳이기도 함)
field-city-name = 도시 이름
field-qualifier = 구분 표기
field-country = 국가
field-region = 지역
field-government = 정부 유형
field-population = 인구 규모
field-joined = 가입 연도
field-leader = 단체장
field-leader-title = 단체장 직함
field-mandate = 임기
field-vision-text = 비전 내용
field-introduction = 소개
field-aims = 목표
field-closing = 맺음말
field-area-title = 분야 제목
field-area-description = 분야 설명
field-title = 제목
field-summary = 요약
field-rights = 권리
field-target-groups = 대상 집단
area-add-program = 사업 추가

## 메시지에 쓰는 이름
area-numbered = 정책 분야 { $number }
area-titled = 정책 분야 “{ $text }”
program-numbered = 사업 #{ $id }
## 같은 이름을 점검 패널 문장의 주어로 쓸 때.
area-numbered-subject = 정책 분야 { $number }
program-numbered-subject = 사업 #{ $id }
quoted = “{ $text }”
place-in-area = 정책 분야 { $number }의 { $field }
place-in-program = 사업 #{ $id }의 { $field }

## 점검 패널의 결과
severity-error = 오류
severity-warning = 경고
check-empty = { $field } 항목이 비어 있습니다.
check-not-set = { $field } 항목이 지정되지 않았습니다.
check-joined-early = 가입 연도가 { $year }년으로, 캠페인이 시작된 { $first }년보다 이릅니다.
check-mandate-reversed = 임기 종료({ $end })가 시작({ $start })보다 앞섭니다.
check-vision-empty = 비전이 비어 있습니다.
check-unanswered = “{ $question }”에 대한 답변이 없습니다
check-no-introduction = 참여 동기에 소개가 없습니다.
check-no-aims = 참여 동기에 목표가 없습니다.
check-area-untitled = { $area }에 제목이 없습니다.
check-area-empty = { $area }에 소개된 사업이 없습니다.
check-area-dangling = { $area }에 연결된 사업 중 #{ $id }번은 사업 목록에 없습니다.
check-program-no-right = { $program }에서 다루는 권리가 없습니다.
check-program-no-group = { $program }에 지정된 대상 집단이 없습니다.
check-untranslated = { $field } 항목에 { $language } 텍스트가 없습니다.
check-joined-late = 가입 연도가 { $year }년인데, 캠페인은 { $goal }년까지이므로 맞지 않습니다.
check-language-empty = 코드가 비어 있는 콘텐츠 언어가 있습니다.
check-language-unknown = 언어 코드(en, es, fr 등)가 아닌 값이 있습니다: “{ $code }”
check-language-twice = 콘텐츠 언어 “{ $code }” 항목이 두 번 들어 있습니다.
check-area-all-internal = { $area }에는 내부용 사업만 있어, 슬라이드와 모든 게시물에서 비어 보이게 됩니다.
check-next-id = 다음 새 사업에 #{ $next } 번호가 붙게 되지만, 이미 #{ $highest } 번호를 쓰는 사업이 있습니다. Carta는 파일을 열 때 번호를 그보다 높게 올립니다.
check-duplicate-id = 사업 { $count }개가 같은 번호(#{ $id })를 쓰고 있습니다. 각 사업에 고유 번호를 지정하십시오. 그렇지 않으면 연결과 선택이 뒤섞입니다.
check-no-such-article = { $program }에 제{ $article }조가 지정되어 있지만, 세계인권선언은 제1조부터 제30조까지입니다.
check-no-such-goal = { $program }에 { $goal }번 목표가 지정되어 있지만, 지속가능발전목표는 17개입니다.
check-impossible-date = { $program }에 존재할 수 없는 날짜가 있습니다: { $date }
check-not-a-number = { $program }의 지표 { $number }에 숫자가 아닌 값이 있습니다.
check-bad-budget = { $program }의 예산 항목 { $number }에 음수 또는 숫자가 아닌 값이 있습니다.

## Carta가 슬라이드에 쓰는 말
slide-since = { $year }년부터 인권도시
slide-fact = { $label }: { $value }
slide-population = 인구
slide-joined = 캠페인 가입
slide-city = 우리 도시
slide-vision = 우리의 비전
slide-motivations = 캠페인 참여 동기
slide-continued = { $heading } (계속)
slide-sdg = SDG { $number } · { $name }
slide-rights = 우리 사업이 다루는 권리
slide-groups = 우리 사업의 대상
slide-goals = 우리 사업이 추진하는 지속가능발전목표
slide-review = { $year }년 추진 실적
slide-review-rated = { $rating }: { $count ->
   *[other] 사업 { $count }개
}
slide-review-reached = 수혜 인원: { $count }명
slide-review-money = { $currency }: 계획 { $planned }, 집행 { $spent }
slide-review-programs = { $year }년 우리 사업
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program }: { $indicator }
slide-thanks = 감사합니다

## Carta가 내보내기 파일에 쓰는 말
export-joined = 캠페인 가입 연도
export-vision = 비전
export-motivations = 참여 동기
export-policies = 지역 인권 정책, 제도 및 사업
export-catalogue = 사업 목록
export-rights = 권리 (세계인권선언 조항)
export-goals = 지속가능발전목표
export-origin = 참고 출처

## Carta가 프로필에 쓰는 말
new-program = 새 사업
program-copy = { $title } (사본)
check-unplaced = 가져온 페이지 { $line }번째 줄의 텍스트를 아직 배치하지 않았습니다: “{ $text }”
unplaced-numbered = 배치하지 않은 텍스트 { $number }
check-suggested = { $program }: Carta가 내용을 바탕으로 다음을 제안합니다: { $suggestions }. 편집기에서 수락하거나 거절하십시오.
suggested-kind = 유형 “{ $kind }”
suggested-groups = 대상 집단 { $groups }
field-suggestions = 페이지에서 제안된 항목
slide-policies = 우리의 정책
