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
check-overspent = { $program }: more was spent in { $year } than was planned; say why in the review.
check-no-review = { $program } has no review of { $year } yet.
check-no-currency = Budget line { $number } of { $program } has no currency: its amounts are summed apart from every other.
