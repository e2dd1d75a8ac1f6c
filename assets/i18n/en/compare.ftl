# Compare, versions and merge: how changes are told.

## Where a change is
change-field-name = Name
change-field-qualifier = Qualifier
change-field-country = Country
change-field-region = Region
change-field-government = Type of government
change-field-population = Population range
change-field-joined = Year of joining
change-field-leader = Leader
change-field-title = Title
change-field-mandate = Mandate
change-field-logo = Logo
change-field-cover = Cover photo
change-field-prose = Vision text
change-field-answers = Answers
change-field-form = Form
change-field-introduction = Introduction
change-field-aims = Aims
change-field-closing = Closing
change-field-areas = Area
change-field-description = Description
change-field-programs = Programs
change-field-notes = Presenter notes
change-field-summary = Summary
change-field-kind = Kind
change-field-status = Status
change-field-start = Start
change-field-end = End
change-field-responsible-unit = Responsible unit
change-field-partners = Partner
change-field-role = Role
change-field-target-groups = Target groups
change-field-rights = Rights
change-field-sdgs = SDGs
change-field-sdg-targets = SDG targets
change-field-indicators = Indicator
change-field-unit = Unit of measure
change-field-baseline = Baseline
change-field-target = Target
change-field-measurements = Measurement
change-field-value = Value
change-field-budget = Budget
change-field-amount = Amount
change-field-currency = Currency
change-field-beneficiaries = Beneficiaries
change-field-count = Number
change-field-evidence = Evidence
change-field-link = Link
change-field-visibility = Visibility
change-field-origin = Copied from
change-field-suggested = Suggested from the page
change-field-languages = Content languages
change-field-own-target-groups = The city’s own target groups
change-field-unplaced = Text not placed yet
change-field-next-program-id = Next program number
change-field-format-version = File format

## Changes told
change-section-other = Profile
change-program = Program #{ $number } “{ $title }”
change-catalogue-order = order of the catalogue changed
change-order = order
change-item-named = “{ $name }”
change-picture = a picture
change-section-edited = { $section } edited
change-programs-changed = { $count ->
    [one] 1 program changed
   *[other] { $count } programs changed
}
change-programs-added = { $count ->
    [one] 1 program added
   *[other] { $count } programs added
}
change-programs-deleted = { $count ->
    [one] 1 program deleted
   *[other] { $count } programs deleted
}
change-none = no change

## Merge on the command line
cli-merge-no-output = carta: say where to write the merge with -o FILE (or run as git's merge driver with --git-driver).
cli-merge-unreadable = carta: the merged profile could not be read back; nothing was written.
cli-merge-nothing = (nothing)
cli-merge-conflict = { $place }: mine { $mine } / theirs { $theirs }

## Compare with a file, merge a colleague's copy
command-compare-with = Compare with…
command-merge-copy = Merge a colleague's copy…
dialog-compare-with = Compare with another profile
dialog-merge-copy = Merge a colleague's copy
compare-with-title = Yours and { $name }
compare-same = The two profiles hold the same.
compare-count = { $count ->
    [one] 1 difference
   *[other] { $count } differences
}
compare-show = Show:
compare-before = Yours:
compare-after = { $name }:
merge-title = Merge { $name }
merge-other-profile = This copy is of another profile (another city's, or one started apart): every difference is a choice.
merge-no-base = No version both copies started from is kept on this computer: every field you both have differently is a choice; what only one copy has is kept.
merge-summary = { $taken ->
    [one] 1 change of theirs taken
   *[other] { $taken } changes of theirs taken
}; { $conflicts ->
    [0] nothing to settle.
    [one] 1 field you both changed differently:
   *[other] { $conflicts } fields you both changed differently:
}
merge-renumbered = { $count ->
    [one] 1 program you both added took a new number.
   *[other] { $count } programs you both added took new numbers.
}
merge-all-mine = Keep all mine
merge-all-theirs = Take all theirs
merge-keep-mine = Mine: { $value }
merge-take-theirs = Theirs: { $value }
merge-apply = Merge
merge-failed = The copy could not be merged
merge-same-file = This is the file open now: choose your colleague's copy.
status-merged = Merged { $name }: { $taken } changes taken, { $settled } settled by you. Undo with Ctrl+Z.

## Version history
command-version-history = Version history…
history-title = Version history
history-your-name = Your name, shown beside the versions you save:
history-your-name-hint = e.g. Lucía Pérez
history-empty = No version is kept yet: every save from now on keeps one.
history-changes = What it changed
history-compare-now = Compare with now
history-restore = Restore this version
history-kept = { $count } versions of { $profiles ->
    [one] 1 profile
   *[other] { $profiles } profiles
} kept, { $megabytes } MB, in { $folder }. Every version of the last day, one a day for a month, one a month after.
history-version-of = the version of { $when }
history-before = Before:
history-after = After:
status-version-restored = The version of { $when } is back, as a new change: undo with Ctrl+Z.
status-versions-failed = Saved, but this version could not be kept in the history: { $reason }
history-first-kept = the first version kept here
history-close = Close
compare-go-to = Go to this field
merge-work-changed = The profile changed while you were choosing (a picture arrived): nothing was merged. Merge the copy again.
status-first-version = This is the first version kept here: there is none before it to compare with.
merge-shared-ids = Two programs of one copy share a number, so they cannot be told apart: give each its own in that copy (Check names them), then merge again.
merge-not-a-number = { $program } holds a number that is not one (a hand-edited “NaN” or “inf”), so the copies cannot be compared field by field: fix it in that copy (Check names it), then merge again.
history-compare-two = Compare the two
history-compare-two-hint = Choose a version, then another with Ctrl+click.
history-version-label = { $when }:
