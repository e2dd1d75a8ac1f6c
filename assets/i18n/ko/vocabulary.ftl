# 캠페인 양식과 국제 규범의 고정 목록.

## 세계인권선언 각 조의 짧은 제목
udhr-1 = 자유롭고 평등한 존엄과 권리
udhr-2 = 차별받지 않을 권리
udhr-3 = 생명, 자유, 신체 안전의 권리
udhr-4 = 노예 상태에 놓이지 않을 권리
udhr-5 = 고문과 굴욕적 처우를 받지 않을 권리
udhr-6 = 법 앞에 인간으로 인정받을 권리
udhr-7 = 법 앞의 평등
udhr-8 = 효과적인 구제를 받을 권리
udhr-9 = 자의적 체포와 추방을 당하지 않을 권리
udhr-10 = 공정한 공개 심리를 받을 권리
udhr-11 = 무죄 추정
udhr-12 = 사생활을 보호받을 권리
udhr-13 = 이전과 거주의 자유
udhr-14 = 비호를 구할 권리
udhr-15 = 국적을 가질 권리
udhr-16 = 혼인하고 가정을 이룰 권리
udhr-17 = 재산을 소유할 권리
udhr-18 = 사상, 양심, 종교의 자유
udhr-19 = 의견과 표현의 자유
udhr-20 = 집회와 결사의 자유
udhr-21 = 참정권
udhr-22 = 사회보장을 받을 권리
udhr-23 = 일할 권리와 공정한 근로조건
udhr-24 = 휴식과 여가의 권리
udhr-25 = 적절한 생활수준을 누릴 권리
udhr-26 = 교육받을 권리
udhr-27 = 문화생활에 참여할 권리
udhr-28 = 사회적·국제적 질서에 대한 권리
udhr-29 = 공동체에 대한 의무
udhr-30 = 누구도 이 권리를 파괴할 수 없음

## 지속가능발전목표
sdg-1 = 빈곤 종식
sdg-2 = 기아 종식
sdg-3 = 건강과 웰빙
sdg-4 = 양질의 교육
sdg-5 = 성평등
sdg-6 = 깨끗한 물과 위생
sdg-7 = 적정 가격의 깨끗한 에너지
sdg-8 = 양질의 일자리와 경제성장
sdg-9 = 산업, 혁신, 사회기반시설
sdg-10 = 불평등 감소
sdg-11 = 지속가능한 도시와 공동체
sdg-12 = 책임감 있는 소비와 생산
sdg-13 = 기후변화 대응
sdg-14 = 해양 생태계
sdg-15 = 육상 생태계
sdg-16 = 평화, 정의, 강력한 제도
sdg-17 = 목표를 위한 파트너십

## 지역
region-Africa = 아프리카
region-AsiaPacific = 아시아·태평양
region-Eurasia = 유라시아
region-Europe = 유럽
region-LatinAmerica = 라틴아메리카
region-MiddleEastWestAsia = 중동·서아시아
region-NorthAmerica = 북아메리카

## 정부 유형
government-type-CityMunicipality = 시·기초자치단체
government-type-Metropolitan = 대도시 정부
government-type-Intermunicipal = 지방자치단체 연합
government-type-Province = 도 / 주
government-type-Region = 지역 정부

## 인구 규모
population-range-Below50k = 인구 5만 명 미만 도시
population-range-From50kTo250k = 인구 5만~25만 명 도시
population-range-From250kTo1m = 인구 25만~100만 명 도시
population-range-From1mTo5m = 인구 100만~500만 명 도시
population-range-Above5m = 인구 500만 명 초과 도시
population-range-Supralocal = 광역·지역·도 단위 정부

## 사업 유형
program-kind-Program = 사업
program-kind-Policy = 정책
program-kind-Mechanism = 제도
program-kind-Office = 전담 기구
program-kind-Training = 교육
program-kind-Campaign = 캠페인
program-kind-Plan = 계획
program-kind-Service = 서비스

## 대상 집단
target-group-Migrants = 이주민
target-group-Refugees = 난민 및 난민신청자
target-group-OlderAdults = 노인
target-group-PersonsWithDisabilities = 장애인
target-group-ChildrenAndAdolescents = 아동·청소년
target-group-YoungPeople = 청년
target-group-Women = 여성
target-group-Lgbtiq = 성소수자 (LGBTIQ+)
target-group-IndigenousPeoples = 원주민
target-group-Homeless = 노숙인
target-group-Poverty = 빈곤층
target-group-Minorities = 민족적·종교적 소수자
target-group-MunicipalStaff = 지자체 공무원
target-group-AllResidents = 주민 전체

## 사업 상태
program-status-Planned = 계획
program-status-Active = 진행 중
program-status-Paused = 일시 중단
program-status-Completed = 완료
program-status-Discontinued = 폐지

## 비전에 관한 캠페인의 두 질문
vision-question-1 = 지방·지역 정부는 왜 인권을 증진하고 실현하며 존중하는 데 필수적입니까?
vision-question-2 = 인권은 왜 지역의 활동을 이끄는 의미 있는 가치이자 유용한 틀입니까?
