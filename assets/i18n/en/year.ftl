## The Year panel: a year's numbers, typed in like a spreadsheet.

panel-year = Year
panel-year-subtitle = Collect the year's numbers: each indicator's value, the money spent, the people reached.
year-year = Year
year-unit = Responsible unit
year-unit-all = All units
year-missing = Only what is missing this year
year-tab-indicators = Indicators
year-tab-budget = Budget spent
year-tab-beneficiaries = People reached
year-col-program = Program
year-col-indicator = Indicator
year-col-unit = Unit
year-col-reporter = Reported by
year-col-baseline = Baseline
year-col-last = Last value
year-col-target = Target
year-col-currency = Currency
year-col-planned = Planned
year-col-executed = Spent in { $year }
year-col-reached = Reached in { $year }
year-col-value = Value in { $year }
year-value-name = { $indicator } ({ $program }) in { $year }
year-executed-name = Spent by { $program } in { $year } ({ $currency })
year-reached-name = People reached by { $program } in { $year }
year-not-a-number = “{ $text }” is not a number: it was not kept.
year-count = { $count ->
    [one] One row
   *[other] { $count } rows
}
year-none = Nothing to list: no program has one for this year, or the filters leave none.
year-keys = Tab moves to the next cell, Enter to the row below; an empty cell removes the value.
year-kept-breakdown = That value has a breakdown or a note, so it was kept: remove it in the program's editor.

## What an indicator records over the years.

indicator-source = Indicator { $number } source
indicator-source-label = Source
indicator-source-hint = municipal register, survey…
indicator-reporter = Indicator { $number } reported by
indicator-reporter-label = Reported by
indicator-reporter-hint = a unit or a person
indicator-target-year = Indicator { $number } target year
indicator-frequency = Indicator { $number } frequency
frequency-Yearly = Yearly
frequency-TwiceAYear = Twice a year
frequency-Quarterly = Quarterly
dimension-Sex = Sex
dimension-AgeGroup = Age group
dimension-Disability = Disability
dimension-MigrationStatus = Migration status
dimension-District = District
indicator-breakdown-label = Broken down by
indicator-breakdown-by = Indicator { $number } broken down by { $dimension }
dimension-own = Indicator { $number }: a breakdown of the city's own, { $nth }
dimension-own-hint = the city's own, e.g. neighbourhood council
dimension-own-remove = Indicator { $number }: remove the breakdown by { $name } ({ $nth })
dimension-own-add = ➕ A breakdown of your own
dimension-unnamed = (unnamed)
measurement-note-label = Note
measurement-note-hint = where the figure comes from, what it leaves out
measurement-note = Indicator { $number } measurement { $nth } note
part-category-hint = women, 65 and over…
part-add = ➕ A figure by category
measurement-owner = Indicator { $number } measurement { $nth }
beneficiaries-owner = Beneficiaries { $number }
part-dimension = { $owner } figure { $part }: broken down by
part-category = { $owner } figure { $part }: category
part-value = { $owner } figure { $part }: value
part-remove = Remove { $owner } figure { $part }
part-add-to = { $owner }: add a figure by category
dimension-own-add-to = Indicator { $number }: add a breakdown of your own

## A program's yearly review.

section-reviews = Yearly reviews
review-add = ➕ Add a review
review-remove = Remove review { $number }
review-year = Review { $number } year
review-rating = Review { $number } rating
review-achieved = Review { $number }: what was achieved
review-difficulties = Review { $number }: difficulties
review-next-steps = Review { $number }: next steps
review-achieved-label = What was achieved
review-difficulties-label = Difficulties
review-next-steps-label = Next steps
rating-OnTrack = On track
rating-SomeProgress = Some progress
rating-OffTrack = Off track
rating-NotStarted = Not started
rating-NoData = No data

## What Check says the year still lacks.

check-indicator-unjudged = { $program }: indicator { $number } is measured but has no baseline or no target to judge it by.
check-overspent = { $program }: more was spent in { $year } than was planned; say why under Difficulties in that year's review.
check-no-review = { $program } has no review of { $year } yet.
check-no-currency = Budget line { $number } of { $program } has no currency: its amounts are summed apart from every other.

## The Year panel's Progress tab, and the charts every surface draws.

year-tab-progress = Progress
chart-baseline = Baseline
chart-target = Target
chart-no-values = No values yet
progress-summary = { $programs } public programs · { $valued } of { $indicators } indicators have a value for { $year } · { $reviewed } programs reviewed
progress-budget = Budget planned and spent, year by year ({ $currency })
progress-budget-key = Pale bar: planned; dark bar: spent. Figures: spent / planned.
progress-budget-sdg = { $year } by Sustainable Development Goal ({ $currency })
progress-budget-right = { $year } by article of the Universal Declaration ({ $currency })
progress-budget-group = { $year } by target group ({ $currency })
progress-sdg = SDG { $goal }
progress-article = Article { $article }
progress-reached = People reached, year by year
progress-missing = What is missing for { $year }
progress-nothing-missing = Nothing is missing for { $year }: every indicator has a value and every program a review.
progress-missing-values = { $count ->
    [one] One indicator has no value for { $year }:
   *[other] { $count } indicators have no value for { $year }:
}
progress-missing-reviews = { $count ->
    [one] One program has no review for { $year }:
   *[other] { $count } programs have no review for { $year }:
}
progress-missing-breakdowns = { $count ->
    [one] One value lacks the breakdown asked for:
   *[other] { $count } values lack the breakdown asked for:
}
progress-more = … and { $count } more
progress-changes = What changed since { $previous }
progress-change-value = { $indicator } ({ $program }): { $before } → { $after }
progress-change-rating = { $program }: { $before } → { $after }
progress-no-changes = Nothing to compare with { $previous } yet.
progress-programs = Programs and their indicators
progress-not-reviewed = not reviewed for { $year }
progress-in-slides = End the slides with { $year } in review
progress-record = The { $year } report's own words
progress-record-hint = What the annual report says before its figures: the year's introduction, the public consultations held, and when the council adopted the review.
progress-introduction = Introduction to the year's report
progress-adopted = Adopted by the council on
progress-consultations = Public consultations
progress-consultation-when = Date of the consultation
progress-consultation-who = Who took part (consultation { $number })
progress-consultation-outcome = What came out of it (consultation { $number })
progress-consultation-remove = Remove consultation { $number }
progress-consultation-add = ➕ Add a consultation
progress-consultation-who-label = Who took part
progress-consultation-outcome-label = What came out of it
check-parts-sum = { $program }: the breakdown of indicator { $number } for { $year } does not add up to its value.
