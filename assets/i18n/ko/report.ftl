## 연례 보고서: 시의회와 캠페인이 한 해에 대해 읽는 내용.

report-title = { $city }: { $year }년 인권 보고서
report-adopted = 시의회 채택일: { $date }
report-introduction = 서문
report-summary = 수치로 보는 { $year }년
report-programs = { $count ->
   *[other] 공개 사업 { $count }개
}
report-valued = 지표 { $count }개 중 { $valued }개에 { $year }년 값 있음
report-reviewed = 사업 { $count }개 중 { $reviewed }개 평가 완료
report-reached = { $year }년 수혜 인원 { $count }명
report-budget-caption = { $year }년 예산: 계획 및 집행
report-col-currency = 통화
report-col-planned = 계획
report-col-spent = 집행
report-col-share = 집행률
report-col-latest = 최근 값
report-col-rating = 평가 등급
report-col-people = 수혜 인원
report-spent-unreported = { $count ->
   *[other] 예산 항목 { $count }개의 집행액이 아직 보고되지 않아 위 표에서는 집행하지 않은 것으로 계산했습니다.
}
report-by-area = 정책 분야별 추진 현황
report-other-programs = 기타 사업
report-rating = { $rating }({ $year })
report-not-reviewed = 아직 { $year }년 평가가 없습니다.
report-program-reached = { $year }년 수혜 인원: { $count }명
report-indicator = 지표
report-goals = 지속가능발전목표
report-goals-intro = 지역 자발적 검토 방식에 따라 목표마다 그 목표에 기여하는 사업, 지표, 예산을 정리합니다.
report-rights = 세계인권선언 조항별 인권 현황
report-served-by = 사업
report-indicators = 지표
report-consultations = 시민 의견 수렴
report-annex = 자료 부록
report-annex-indicators = { $year }년까지의 모든 지표
report-sheet-reviews = 평가
report-format-pdf = 연례 보고서(PDF)…
report-format-html = 연례 보고서(웹 페이지)…
report-format-xlsx = 연례 보고서 데이터(통합 문서)…
dialog-export-report = 연례 보고서 내보내기
status-report-written = { $year }년 연례 보고서를 { $path }에 저장했습니다.
report-workbook-failed = 통합 문서를 만들 수 없습니다({ $reason }).
