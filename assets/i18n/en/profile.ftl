# Words about the profile itself: field names, the Check panel's findings,
# and what Carta adds to slides and exports.

## Languages, as content languages of a profile
language-en = English
language-es = Spanish
language-fr = French

## Field labels (also where the Check panel takes the officer)
field-city-name = City name
field-qualifier = Qualifier
field-country = Country
field-region = Region
field-government = Type of government
field-population = Population range
field-joined = Year of joining
field-leader = Leader
field-leader-title = Leader's title
field-mandate = Mandate
field-vision-text = Vision text
field-introduction = Introduction
field-aims = Aims
field-closing = Closing
field-area-title = Area title
field-area-description = Area description
field-title = Title
field-summary = Summary
field-rights = Rights
field-target-groups = Target groups
area-add-program = Add a program

## Names used in messages
area-numbered = Policy area { $number }
area-titled = Policy area “{ $text }”
program-numbered = Program #{ $id }
## The same, as the subject of a sentence of the Check panel.
area-numbered-subject = Policy area { $number }
program-numbered-subject = Program #{ $id }
quoted = “{ $text }”
place-in-area = { $field } of policy area { $number }
place-in-program = { $field } of program #{ $id }

## The Check panel's findings
severity-error = error
severity-warning = warning
check-empty = { $field } is empty.
check-not-set = { $field } is not set.
check-joined-early = Year of joining is { $year }, before the campaign began in { $first }.
check-mandate-reversed = The mandate ends ({ $end }) before it starts ({ $start }).
check-vision-empty = The vision is empty.
check-unanswered = No answer to “{ $question }”
check-no-introduction = The motivations have no introduction.
check-no-aims = The motivations list no aims.
check-area-untitled = { $area } has no title.
check-area-empty = { $area } presents no programs.
check-area-dangling = { $area } links to program #{ $id }, which is not in the catalogue.
check-program-no-right = { $program } addresses no right.
check-program-no-group = { $program } names no target group.
check-untranslated = { $field } has no text in { $language }.
check-joined-late = Year of joining is { $year }, which cannot be right: the campaign runs to { $goal }.
check-language-empty = A content language has an empty code.
check-language-unknown = “{ $code }” is not a language code (such as en, es or fr).
check-language-twice = The content language “{ $code }” is listed twice.
check-area-all-internal = { $area } presents only internal programs: it will be empty on the slides and in everything published.
check-next-id = The next new program would get id #{ $next }, but a program already has #{ $highest }; Carta moves the counter above it when it opens the file.
check-duplicate-id = { $count } programs share the id #{ $id }: give each its own, or links and selections mix them up.
check-no-such-article = { $program } names article { $article }, but the Universal Declaration has articles 1 to 30.
check-no-such-goal = { $program } names goal { $goal }, but there are 17 Sustainable Development Goals.
check-impossible-date = { $program } has the date { $date }, which no calendar has.
check-not-a-number = Indicator { $number } of { $program } has a value that is not a number.
check-bad-budget = Budget line { $number } of { $program } is negative or not a number.

## What Carta writes on slides
slide-since = A Human Rights City since { $year }
slide-fact = { $label }: { $value }
slide-population = Population
slide-joined = Joined the campaign
slide-city = The city
slide-vision = Our vision
slide-motivations = Why we joined the campaign
slide-continued = { $heading } (continued)
slide-sdg = SDG { $number } · { $name }
slide-rights = Rights our programs address
slide-groups = Who our programs serve
slide-goals = Sustainable Development Goals our programs advance
slide-review = { $year } in review
slide-review-rated = { $rating }: { $count ->
    [one] one program
   *[other] { $count } programs
}
slide-review-reached = People reached: { $count }
slide-review-money = { $currency }: { $planned } planned, { $spent } spent
slide-review-programs = Our programs in { $year }
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program }: { $indicator }
slide-thanks = Thank you

## What Carta writes in exports
export-joined = Year of joining the campaign
export-vision = Vision
export-motivations = Motivations
export-policies = Human rights local policies, mechanisms and programs
export-catalogue = Program catalogue
export-rights = Rights (UDHR articles)
export-goals = Sustainable Development Goals
export-origin = Learned from

## What Carta writes into a profile
new-program = New program
program-copy = { $title } (copy)
check-unplaced = Text from line { $line } of the imported page is not placed yet: “{ $text }”
unplaced-numbered = text not placed { $number }
check-suggested = { $program }: Carta suggests { $suggestions } from its words; accept or reject them in its editor.
suggested-kind = kind “{ $kind }”
suggested-groups = target groups { $groups }
field-suggestions = Suggested from the page
slide-policies = Our policies
