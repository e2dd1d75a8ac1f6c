## 연간 실적 패널: 한 해의 수치를 스프레드시트처럼 입력합니다.

panel-year = 연간 실적
panel-year-subtitle = 한 해의 수치를 모읍니다. 지표별 값, 집행한 예산, 수혜 인원을 입력합니다.
year-year = 연도
year-unit = 담당 부서
year-unit-all = 모든 부서
year-missing = 이 연도 미입력 항목만
year-tab-indicators = 지표
year-tab-budget = 예산 집행
year-tab-beneficiaries = 수혜 인원
year-col-program = 사업
year-col-indicator = 지표
year-col-unit = 단위
year-col-reporter = 보고자
year-col-baseline = 기준값
year-col-last = 최근 값
year-col-target = 목표값
year-col-currency = 통화
year-col-planned = 계획
year-col-executed = { $year }년 집행
year-col-reached = { $year }년 수혜 인원
year-col-value = { $year }년 값
year-value-name = { $year }년 { $indicator }({ $program })
year-executed-name = { $year }년 { $program } 집행액({ $currency })
year-reached-name = { $year }년 { $program } 수혜 인원
year-not-a-number = “{ $text }”은(는) 숫자가 아니므로 저장하지 않았습니다.
year-count = { $count }행
year-none = 표시할 항목이 없습니다. 이 연도에 해당하는 사업이 없거나 필터 조건에 맞는 항목이 없습니다.
year-keys = Tab은 다음 칸으로, Enter는 아래 행으로 이동합니다. 칸을 비우면 값이 삭제됩니다.
year-kept-breakdown = 이 값에는 세부 구분이나 메모가 있어 그대로 두었습니다. 사업 편집기에서 제거하십시오.

## 지표가 연도별로 기록하는 내용.

indicator-source = 지표 { $number } 출처
indicator-source-label = 출처
indicator-source-hint = 행정 자료, 실태 조사…
indicator-reporter = 지표 { $number } 보고자
indicator-reporter-label = 보고자
indicator-reporter-hint = 부서 또는 담당자
indicator-target-year = 지표 { $number } 목표 연도
indicator-frequency = 지표 { $number } 측정 주기
frequency-Yearly = 매년
frequency-TwiceAYear = 연 2회
frequency-Quarterly = 분기별
dimension-Sex = 성별
dimension-AgeGroup = 연령대
dimension-Disability = 장애 여부
dimension-MigrationStatus = 이주 배경
dimension-District = 행정구역
indicator-breakdown-label = 세부 구분 기준
indicator-breakdown-by = 지표 { $number }: { $dimension }별 구분
dimension-own = 지표 { $number }: 도시 자체 구분 기준 { $nth }
dimension-own-hint = 도시 자체 기준(예: 주민자치회)
dimension-own-remove = 지표 { $number }: { $name } 기준 구분 제거({ $nth })
dimension-own-add = ➕ 자체 구분 기준
dimension-unnamed = (이름 없음)
measurement-note-label = 메모
measurement-note-hint = 수치의 출처와 빠진 부분
measurement-note = 지표 { $number } 측정 { $nth } 메모
part-category-hint = 여성, 65세 이상…
part-add = ➕ 범주별 수치
measurement-owner = 지표 { $number } 측정 { $nth }
beneficiaries-owner = 수혜자 { $number }
part-dimension = { $owner } 수치 { $part }: 구분 기준
part-category = { $owner } 수치 { $part }: 범주
part-value = { $owner } 수치 { $part }: 값
part-remove = { $owner } 수치 { $part } 제거
part-add-to = { $owner }: 범주별 수치 추가
dimension-own-add-to = 지표 { $number }: 자체 구분 기준 추가

## 사업의 연간 평가.

section-reviews = 연간 평가
review-add = ➕ 평가 추가
review-remove = 평가 { $number } 제거
review-year = 평가 { $number } 연도
review-rating = 평가 { $number } 등급
review-achieved = 평가 { $number }: 성과
review-difficulties = 평가 { $number }: 애로 사항
review-next-steps = 평가 { $number }: 향후 계획
review-achieved-label = 성과
review-difficulties-label = 애로 사항
review-next-steps-label = 향후 계획
rating-OnTrack = 순조로움
rating-SomeProgress = 일부 진전
rating-OffTrack = 지연
rating-NotStarted = 미착수
rating-NoData = 자료 없음

## 점검 패널이 알려 주는, 그해에 아직 부족한 내용.

check-indicator-unjudged = { $program }: 지표 { $number }의 측정값은 있지만 판단 기준이 될 기준값이나 목표값이 없습니다.
check-overspent = { $program }: { $year }년 집행액이 계획보다 많습니다. 그해 평가의 애로 사항에 이유를 적으십시오.
check-no-review = { $program }: 아직 { $year }년 평가가 없습니다.
check-no-currency = { $program }의 예산 항목 { $number }에 통화가 없습니다. 이 금액은 다른 금액과 따로 합산됩니다.

## 연간 실적 패널의 추진 현황 탭과 모든 화면에 나오는 차트.

year-tab-progress = 추진 현황
chart-baseline = 기준값
chart-target = 목표값
chart-no-values = 아직 값이 없습니다
progress-summary = 공개 사업 { $programs }개 · 지표 { $indicators }개 중 { $valued }개에 { $year }년 값 있음 · 사업 { $reviewed }개 평가 완료
progress-budget = 연도별 예산 계획 및 집행({ $currency })
progress-budget-key = 옅은 막대: 계획, 진한 막대: 집행. 수치: 집행 / 계획.
progress-budget-sdg = { $year }년 지속가능발전목표별({ $currency })
progress-budget-right = { $year }년 세계인권선언 조항별({ $currency })
progress-budget-group = { $year }년 대상 집단별({ $currency })
progress-sdg = 목표 { $goal }
progress-article = 제{ $article }조
progress-reached = 연도별 수혜 인원
progress-missing = { $year }년 미입력 항목
progress-nothing-missing = { $year }년에 빠진 것이 없습니다. 모든 지표에 값이 있고 모든 사업에 평가가 있습니다.
progress-missing-values = { $count ->
   *[other] { $year }년 값이 없는 지표 { $count }개:
}
progress-missing-reviews = { $count ->
   *[other] { $year }년 평가가 없는 사업 { $count }개:
}
progress-missing-breakdowns = { $count ->
   *[other] 요청한 세부 구분이 없는 값 { $count }개:
}
progress-more = … 외 { $count }개
progress-changes = { $previous }년 이후 변경 사항
progress-change-value = { $indicator }({ $program }): { $before } → { $after }
progress-change-rating = { $program }: { $before } → { $after }
progress-no-changes = 아직 { $previous }년과 비교할 것이 없습니다.
progress-programs = 사업별 지표
progress-not-reviewed = { $year }년 평가 없음
progress-in-slides = 슬라이드 끝에 { $year }년 평가 넣기
progress-record = { $year }년 보고서 본문
progress-record-hint = 연례 보고서에서 수치 앞에 들어가는 내용입니다. 그해의 서문, 진행한 시민 의견 수렴, 시의회의 평가 채택일을 적습니다.
progress-introduction = 연례 보고서 서문
progress-adopted = 시의회 채택일
progress-consultations = 시민 의견 수렴
progress-consultation-when = 의견 수렴 날짜
progress-consultation-who = 참여자(의견 수렴 { $number })
progress-consultation-outcome = 결과(의견 수렴 { $number })
progress-consultation-remove = 의견 수렴 { $number } 제거
progress-consultation-add = ➕ 의견 수렴 추가
progress-consultation-who-label = 참여자
progress-consultation-outcome-label = 결과
check-parts-sum = { $program }: 지표 { $number }의 { $year }년 세부 구분 합계가 값과 맞지 않습니다.
