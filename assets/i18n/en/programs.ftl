# The Programs panel: the catalogue table, its toolbar and the program editor.

## Table and toolbar
column-title = Title
column-kind = Kind
column-status = Status
column-unit = Responsible unit
column-groups = Groups
column-rights = Rights
column-sdgs = SDGs
sort-by = Sort by { $column }
catalogue-empty = The catalogue is empty: add the city's first program.
untitled-program = (untitled)
search = Search
search-hint = Any word of any text
programs-shown = { $shown } shown of { $total }
program-add = ➕ Add
program-duplicate = Duplicate
program-delete = { $count ->
    [0] 🗑 Delete
    [one] 🗑 Delete
   *[other] 🗑 Delete { $count }
}
undo-hint = Undo with Ctrl+Z
tag-selected = { $count ->
    [0] Tag selected
   *[other] Tag selected ({ $count })
}
field-target-group = Target group
tag-right = Right (UDHR article)
tag-sdg = Sustainable Development Goal
tag-area = Policy area
filter-show = Show
filter-group = Group
filter-right = Right
filter-area = Area
filter-clear = Clear filters
filter-all = { $name }: all
filter-everything = All
filter-by = Filter by { $name }

## Editor
editor-close = ✖ Close
editor-close-hint = Close the editor; the table gets the room
editor-many-selected = { $count } programs are selected. Use “Tag selected” above to give them a group, a right, a goal, a status or a policy area at once.
editor-choose = Choose a program in the table, or add one.
program-from = from { $city }
field-responsible-unit = Responsible unit
field-start = Start
field-end = End
field-visibility = Visibility
visibility-public = Public
visibility-internal = Internal (never published)
field-description = Description
section-areas = Policy areas
section-partners = Partners
section-rights = Rights addressed (Universal Declaration of Human Rights) — { $count } chosen
section-sdgs = Sustainable Development Goals — { $count } chosen
sdg-number = SDG { $number }
section-indicators = Indicators
section-budget = Budget
section-beneficiaries = Beneficiaries
section-evidence = Evidence
group-another = Another group:
group-add = Add group
partner-add = ➕ Add a partner
partner-remove = Remove partner { $number }
partner-name = Partner { $number } name
partner-name-hint = Organisation
partner-role = Partner { $number } role
partner-role-hint = Role, e.g. co-funding
moment-hint = 2024 or 2024-03-15
moment-invalid = Write a year (2024) or a date (2024-03-15).
sdg-targets = SDG targets:
sdg-target-remove = Remove this target
sdg-target-hint = e.g. 10.2
sdg-target-new = New SDG target
sdg-target-add = Add target
indicator-name = Indicator { $number } name
indicator-name-hint = What is measured
indicator-remove = Remove indicator { $number }
indicator-unit = Indicator { $number } unit
indicator-unit-label = Unit of measure
indicator-unit-hint = %, people, days…
indicator-baseline = Baseline
indicator-baseline-of = Indicator { $number } baseline
indicator-target = Target
indicator-target-of = Indicator { $number } target
indicator-add = ➕ Add an indicator
indicator-kind-of = Indicator { $number } kind
indicator-kind-Structural = Structural
indicator-kind-Process = Process
indicator-kind-Outcome = Outcome
measurement-measured = Measured
measurement-value-label = value
measurement-year = Indicator { $number } measurement { $nth } year
measurement-value = Indicator { $number } measurement { $nth } value
measurement-remove = Remove measurement { $nth }
measurement-add = ➕ Add a measurement
progress-incomplete = Progress shows once the baseline, the target and a measurement are set.
budget-add = ➕ Add a budget line
budget-remove = Remove budget line { $number }
budget-year = Budget line { $number } year
budget-amount = Budget line { $number } amount
budget-currency = Budget line { $number } currency
beneficiaries-add = ➕ Add beneficiaries
beneficiaries-remove = Remove beneficiaries { $number }
beneficiaries-count = Beneficiaries { $number } count
beneficiaries-people-in = people in
beneficiaries-year = Beneficiaries { $number } year
evidence-add = ➕ Add evidence
evidence-remove = Remove evidence { $number }
evidence-title = Evidence { $number } title
evidence-link = Evidence { $number } link
evidence-link-hint = https://… or a file next to the profile
open-in-browser = Open in the browser
indicator-progress = from { $baseline } to { $latest } of { $target } { $unit } ({ $percent }%)
suggestions-accept = Accept the suggestions
suggestions-reject = Reject them
suggestions-accept-all = Accept every suggestion
suggestions-reject-all = Reject every suggestion

## The picker of articles and goals
picker-add-article = Add an article
picker-add-goal = Add a goal
picker-hint = a word or a number
picker-done = Done
picker-remove = Remove { $item }
picker-nothing = Nothing matches.
program-delete-none = Choose programs in the table to delete them.
tag-selected-none = Tick programs in the table (Ctrl+click, Shift+click) to tag them together.
program-duplicate-none = Choose one program in the table to duplicate it.
budget-year-label = Year
budget-amount-label = Amount
budget-currency-label = Currency
table-row = { $title }, kind { $kind }, status { $status }
