## The units' sheets: a year's figures asked of each responsible unit in a
## workbook, and read back.

sheets-name-about = About
sheets-name-indicators = Indicators
sheets-name-budget = Budget
sheets-name-people = People reached
sheets-no-unit = Without a unit
sheets-about-title = { $city }: figures for { $year }
sheets-about-unit = For: { $unit }
sheets-about-fill = Please fill in the yellow cells of each sheet with the figures for { $year }, then send the workbook back as it is (same file name, same sheets).
sheets-about-numbers = Type numbers only, without units or words: 40, not “about 40”. Leave a cell empty when the figure is not known yet.
sheets-about-notes = The note column is for anything the reader should know about a figure: how it was counted, why it is missing or late.
sheets-about-locked = The other columns (numbers, names, baselines and targets) are locked: they tell the profile which row is which.
sheets-about-return = Rows are matched by their numbers, so the order of rows and the workbook's name do not matter.
sheets-head-program-number = Program no.
sheets-head-indicator-number = Indicator no.
sheets-head-line-number = Line no.
sheets-head-program = Program
sheets-head-indicator = Indicator
sheets-head-unit = Unit
sheets-head-baseline = Baseline
sheets-head-target = Target
sheets-head-target-year = Target year
sheets-head-last-value = Last value
sheets-head-last-year = Of year
sheets-head-value = Value in { $year }
sheets-head-note = Note on { $year }
sheets-head-currency = Currency
sheets-head-planned = Planned for { $year }
sheets-head-executed = Spent in { $year }
sheets-head-reached = People reached in { $year }
sheets-validation-title = A number, please
sheets-validation-message = This cell takes a number only (no words or units). Leave it empty when the figure is not known.
sheets-sheet-named = sheet { $name }

# What could not be used, after "file, sheet S, D14: ".
sheets-too-big = the file is { $megabytes } MB; sheets of more than { $largest } MB are not read.
sheets-unreadable-file = the file could not be read ({ $reason }).
sheets-not-workbook = this is not a workbook Carta can read: it may be protected by a password, damaged, or of another kind ({ $reason }).
sheets-not-carta = no sheet of this file was written by Carta (their hidden first row is missing), so nothing was read from it.
sheets-removed-indicators = the sheet of indicators was removed from this workbook; its figures were not read.
sheets-removed-budget = the budget sheet was removed from this workbook; its figures were not read.
sheets-removed-people = the sheet of people reached was removed from this workbook; its figures were not read.
sheets-other-profile = this sheet was written for another profile; nothing was read from it.
sheets-other-year = this sheet collects { $year }, not { $expected }; nothing was read from it.
sheets-strange-year = this sheet collects the year { $year }, which no program can have; nothing was read from it.
sheets-no-program-number = the row has no program number, so it cannot be matched.
sheets-no-item-number = the row has no number in this column, so it cannot be matched.
sheets-unknown-program = there is no program number { $number } in this profile (was it deleted?).
sheets-unknown-item = there is no item number { $number } in this program (was it deleted?).
sheets-line-of-other-year = this budget line is now for { $year }; its figure was not used.
sheets-given-twice = this row was already given at { $place }; the second was not used.
sheets-not-a-number = “{ $text }” is not a number.
sheets-a-date = { $text } is a date, not a number (the cell is formatted as a date).
sheets-cell-error = the cell shows the error { $text }.
sheets-negative = money spent cannot be negative.
sheets-not-a-count = a number of people is a whole number, 0 or more.
sheets-note-without-value = a note without a value for the year has nothing to go with; it was not kept.

# The window and the command line.
command-send-sheets = Send sheets to units…
command-read-sheets = Read sheets back…
dialog-send-sheets = Choose the folder for the units' workbooks
dialog-read-sheets = Choose the filled workbooks (or a folder of them)
filter-sheets = Workbooks and CSV
status-sheets-written = { $count ->
    [one] One workbook for { $year } written to { $folder }.
   *[other] { $count } workbooks for { $year } written to { $folder }.
}
status-sheets-none = There is no public program to ask figures of.
alert-sheets-failed = The sheets could not be written
sheets-read-title = Figures read from { $files ->
    [one] one file
   *[other] { $files } files
}
sheets-read-changed = { $count ->
    [0] Nothing to change: the profile already holds every figure read.
    [one] One figure changes. Look at it, then take it into the profile.
   *[other] { $count } figures change. Look at them, then take them into the profile.
}
sheets-read-problems = What could not be used ({ $count }):
sheets-accept = Take these figures
status-sheets-taken = { $count ->
    [one] One figure taken from the sheets (Ctrl+Z undoes it).
   *[other] { $count } figures taken from the sheets (Ctrl+Z undoes them).
}
cli-sheets-over-profile = this is the profile the sheets are read into; the result goes to a new file. Choose another name
cli-sheets-read = { $files ->
    [one] One file read
   *[other] { $files } files read
}, { $count ->
    [one] one figure changed.
   *[other] { $count } figures changed.
}
sheets-after = From the sheets:
sheets-take-failed = The figures could not be taken
sheets-work-changed = The profile changed while the sheets were read: nothing was taken. Read the sheets again.
