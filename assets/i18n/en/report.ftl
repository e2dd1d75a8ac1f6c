## The annual report: what the council and the campaign read about a year.

report-title = { $city }: human rights report { $year }
report-adopted = Adopted by the city council on { $date }.
report-introduction = Introduction
report-summary = { $year } in figures
report-programs = { $count ->
    [one] One public program
   *[other] { $count } public programs
}
report-valued = { $valued } of { $count } indicators have a value for { $year }
report-reviewed = { $reviewed } of { $count } programs reviewed
report-reached = { $count } people reached in { $year }
report-budget-caption = Budget { $year }: planned and spent
report-col-currency = Currency
report-col-planned = Planned
report-col-spent = Spent
report-col-share = Spent of planned
report-col-latest = Latest value
report-col-rating = Rating
report-col-people = People reached
report-spent-unreported = { $count ->
    [one] The spending of one budget line is not reported yet; it counts as nothing spent above.
   *[other] The spending of { $count } budget lines is not reported yet; they count as nothing spent above.
}
report-by-area = Progress by policy area
report-other-programs = Other programs
report-rating = { $rating } ({ $year })
report-not-reviewed = Not reviewed for { $year } yet.
report-program-reached = People reached in { $year }: { $count }
report-indicator = Indicator
report-goals = The Sustainable Development Goals
report-goals-intro = Goal by goal, in the manner of a Voluntary Local Review: the programs that serve it, their indicators and their money.
report-rights = Human rights, article by article
report-served-by = Programs
report-indicators = Indicators
report-consultations = Public consultations
report-annex = Data annex
report-annex-indicators = Every indicator up to { $year }
report-sheet-reviews = Reviews
report-format-pdf = Annual report (PDF)…
report-format-html = Annual report (web page)…
report-format-xlsx = Annual report data (workbook)…
dialog-export-report = Export the annual report
status-report-written = The annual report for { $year } was written to { $path }.
report-workbook-failed = The workbook could not be made ({ $reason }).
