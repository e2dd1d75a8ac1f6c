# The panels of the form.

## Titles and subtitles
panel-city = City
panel-city-subtitle = Who the city is: the facts at the top of the campaign's profile.
panel-vision = Vision
panel-vision-subtitle = The city's vision as a Human Rights City or Territory.
panel-motivations = Motivations
panel-motivations-subtitle = Why the city joined the campaign, and what it aims for.
panel-policies = Policies
panel-policies-subtitle = The numbered policy areas and the programs each presents.
panel-programs = Programs
panel-programs-subtitle = The catalogue of municipal programs behind the profile.
panel-overview = Overview
panel-overview-subtitle = Which rights, groups and goals the catalogue covers, and which it leaves out.
panel-check = Check
panel-check-subtitle = What the campaign's form still lacks or gets wrong.

## Shared field words
not-set = Not set
other = Other…
other-hint = Write it here
translate-source-empty = (empty in the main language)

## City
city-name-hint = e.g. San Antonio
qualifier-hint = e.g. Chile
qualifier-explained = Shown in brackets after the name, as in “San Antonio (Chile)”.
leader-title-hint = e.g. Mayor
mandate-years = From year to year
mandate-words = In words
mandate-start = Mandate start
mandate-end = Mandate end
mandate-to = to
mandate-reversed = The mandate ends before it starts.
mandate-in-words = Mandate in words

## Vision
vision-form = Write the vision as
vision-form-prose = Prose
vision-form-questions = Answers to the campaign's questions
vision-hint = Both forms are kept in the file; the profile shows the one chosen here. Leave a blank line between paragraphs; start a line with “- ” for a list.

## Motivations
aim = Aim { $number }
aim-up = Move aim { $number } up
aim-down = Move aim { $number } down
aim-remove = Remove aim { $number }
aim-add = ➕ Add an aim

## Policies
policies-introduction = Introduction to the policies
policies-choose = Choose a policy area on the left, or add one.
area-add = ➕ Add area
area-new-title = New policy area
untitled-area = (untitled)
areas-none = No policy areas yet.
area-remove = 🗑 Remove area
area-up = Move area up
area-down = Move area down
field-notes = Presenter notes
notes-hint = Shown only to you, in the presenter view; never to the room.
area-programs = Programs in this area
open-in-catalogue = Open in the catalogue
program-missing = ⚠ Program #{ $id } is not in the catalogue
area-program-remove = Remove program { $number } from area
area-program-up = Move program { $number } up
area-program-down = Move program { $number } down
area-programs-none = No programs yet: add one from the catalogue below.
choose-from-catalogue = Choose from the catalogue…
area-new-program = ➕ New program here

## Check
check-nothing = Nothing to fix: the profile has everything the campaign's form asks for.
check-to-correct = { $count } to correct
check-to-complete = { $count } to complete
check-click = Click a finding to go to its field.

## Overview
overview-total = { $count } programs in the catalogue. Click a bar to list its programs.
overview-per-right = Programs per right (UDHR article)
overview-per-sdg = Programs per Sustainable Development Goal
overview-per-group = Programs per target group
overview-per-status = Programs per status
programs-count = { $count ->
    [one] { $count } program
   *[other] { $count } programs
}
overview-show = { $count ->
    [one] Show this program
   *[other] Show these programs
}
overview-gaps = Gaps
overview-all-rights = Every article of the Universal Declaration is addressed by at least one program.
overview-rights-gaps = { $count } articles of the Universal Declaration no program addresses:
article = Article { $number }
overview-all-groups = Every target group is served by at least one program.
overview-group-gaps = { $count } target groups no program serves:

## Translating
translating = Original: { $source }, on the left · Translation: { $target }, on the right
unplaced-title = Not placed yet ({ $count })
unplaced-how = Text of the imported page that Carta could not place. Put each piece where it belongs, or let it go; undo brings it back.
unplaced-line = Line { $line } of the page
unplaced-put = Put text { $number } in…
unplaced-let-go = Let text { $number } go
place-in-vision = The vision (prose)
place-in-answer-1 = The answer to the vision's first question
place-in-answer-2 = The answer to the vision's second question
place-in-introduction = The motivations' introduction
place-as-aim = A new aim of the motivations
place-in-closing = The motivations' closing
place-in-policies = The policies' introduction
place-as-program = A new program of the catalogue
