# 다른 도시 패널: 다른 도시의 프로필을 모은 라이브러리.
panel-library = 다른 도시
panel-library-subtitle = 다른 도시에서 배웁니다. 그 도시들의 사업을 검색하고, 우리 도시와 비교하고, 알맞은 것을 복사하십시오.
command-open-library = 라이브러리 열기…
dialog-open-library = 프로필 폴더를 라이브러리로 열기
alert-library-failed = 라이브러리를 열 수 없습니다
list-and = 및
library-none = 열린 라이브러리가 없습니다. 라이브러리는 다른 도시의 프로필(.ron)과 캠페인 페이지(.txt)가 들어 있는 폴더이며, 하위 폴더가 몇 단계여도 됩니다. 캠페인 회원 도시의 공유 폴더나 직접 모은 페이지를 쓰면 됩니다. Carta는 이 파일을 읽기만 하고 절대 바꾸지 않습니다.
library-none-import = 파일 ▸ 사업 가져오기도 같은 방식으로 프로필 하나를 여기에 엽니다.
library-reading = { $folder }의 파일 { $total }개 중 { $done }개 읽는 중…
library-stop = 읽기 중지
library-heading = { $name }: 프로필 { $profiles }개, 사업 { $programs }개
library-open-another = 다른 라이브러리 열기…
library-problems = 파일 { $count }개를 읽지 못했습니다
library-tab-search = 검색
library-find = 찾기
library-tab-compare = 비교({ $count })
library-search-hint = 모든 사업의 모든 텍스트에서 찾을 단어
library-nothing-found = 일치하는 사업이 없습니다. 단어나 필터를 줄여 보십시오.
library-copy-ticked = { $count ->
    [0] 선택한 사업을 내 프로필에 복사
   *[other] 선택한 사업 { $count }개를 내 프로필에 복사
}
library-copy-none = 복사할 사업을 목록에서 선택하십시오.
library-untick = 모두 선택 해제
library-compare-city = 비교
library-compare-this = 우리 도시와 { $city } 비교
library-compare-full = 한 번에 최대 세 도시까지 비교할 수 있습니다. 먼저 비교에서 한 도시를 제거하십시오.
library-remove-compare = 비교에서 { $city } 제거
library-tick = 복사할 사업으로 { $title } 선택
library-choose = 목록에서 사업을 선택하면 여기에서 읽을 수 있습니다.
library-from = 출처: { $city } · { $file }
library-copy-one = 내 프로필에 복사
status-library-read = 라이브러리를 읽었습니다: 프로필 { $profiles }개, 사업 { $programs }개{ $problems ->
    [0] .
   *[other] . 파일 { $problems }개를 읽지 못했습니다.
}
status-library-stopped = 라이브러리 읽기를 중지했습니다.
status-copied-programs = { $cities ->
    [1] { $city }에서
   *[other] 도시 { $cities }곳에서
} 사업 { $count }개를 사업 목록에 복사했습니다. Ctrl+Z로 되돌릴 수 있습니다.
compare-none = 검색 결과에서 최대 세 도시 옆의 “비교”를 체크하면 우리 도시와 비교할 수 있습니다.
compare-yours = { $city }(우리 도시)
compare-row-programs = 사업
compare-row-rights = 다루는 권리
compare-row-goals = 다루는 목표
compare-row-groups = 다루는 대상 집단
compare-chart-rights = 다루는 세계인권선언 조항
compare-chart-goals = 다루는 지속가능발전목표
compare-chart-groups = 다루는 대상 집단(사업 수)
compare-cell = { $city }, { $item }: { $count ->
    [0] 사업 없음
   *[other] 사업 { $count }개
}
compare-legend-none = 다루지 않음
compare-legend-some = 다룸(색이 진할수록 사업이 많음)
compare-gaps = 다른 도시는 하고 우리 도시는 하지 않는 것
compare-gaps-none = 우리 도시는 다른 도시가 다루는 것을 모두 다룹니다.
compare-gaps-more = …그 밖에 { $count }개.
compare-article = 제{ $number }조({ $title })
compare-goal = 목표 { $number }({ $title })
compare-group = { $group } 대상 사업
compare-gap = { $count ->
   *[other] { $what }: { $cities }에서는 다루지만 우리 도시는 다루지 않습니다.
}
size-gaps = 같은 규모의 도시
size-gaps-unknown = 프로필에 인구 규모가 없어(도시 참조) 같은 규모의 도시를 찾을 수 없습니다.
size-gaps-among = { $count ->
    [0] 라이브러리에 같은 규모({ $size })의 다른 도시가 없습니다.
   *[other] 라이브러리에 같은 규모({ $size })의 도시가 { $count }곳 있습니다.
}
size-gap = { $what }: 같은 규모의 도시 { $count }곳에서 다루지만 우리 도시는 다루지 않습니다.
library-filters = { $count ->
    [0] 필터
   *[other] 필터({ $count })
}
library-partners = 협력 기관
library-read-failed = { $folder } 읽기가 예기치 않게 중지되어 아무것도 불러오지 못했습니다. 다시 시도하거나 더 작은 폴더를 여십시오.
