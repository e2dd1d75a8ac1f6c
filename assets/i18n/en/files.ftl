## Why a profile file could not be read. A message follows “FILE:LINE:COLUMN: ”.
load-unreadable = the file cannot be read: { $reason }
load-too-large = the file is { $megabytes } MB, more than a profile can be ({ $limit } MB)
load-not-utf8 = the file is not UTF-8 text: invalid byte at offset { $offset }
load-empty = the file is empty; expected a Carta profile
load-profile-not-page = this is a Carta profile, not a campaign page: open it with File ▸ Open (or `carta check`), there is nothing to import
load-library-full = left out: the library already holds { $megabytes } MB of profiles, as much as Carta reads at once; open a smaller folder to read it
load-newer-version = written in file format version { $version }, but this Carta reads versions up to { $supported }; please update Carta to open it
load-cut-off = the file ends too early; it may have been cut off
load-too-deep = the file is nested too deeply to be a Carta profile
load-missing-field-in = { $outer } lacks the required field `{ $field }`
file-part-Document = the profile
file-part-City = the city's details (city)
file-part-Leader = the leader (leader)
file-part-Vision = the vision (vision)
file-part-Motivations = the motivations (motivations)
file-part-Policies = the policy areas (policies)
file-part-PolicyArea = a policy area
file-part-Program = a program
file-part-Indicator = an indicator of a program
file-part-Measurement = a measurement of an indicator
file-part-BudgetLine = a budget line of a program
file-part-Beneficiaries = a line of beneficiaries of a program
file-part-Evidence = a piece of evidence of a program
file-part-Partner = a partner of a program
file-part-Suggestions = a program's suggestions
file-part-Unplaced = a piece of text not placed yet
file-part-Picture = a picture (logo or cover photo)
file-part-Recovery = the copy of unsaved work
file-part-other = a part of the file
load-missing-field = the required field `{ $field }` is missing
load-unknown-field = `{ $field }` is not a field Carta knows here
load-unknown-value = “{ $value }” is not one of the values Carta knows here
load-unclosed-text = a text in quotes is never closed; the file may have been cut off
load-unclosed = a list or group is never closed; the file may have been cut off
load-missing-comma = a comma is missing here
load-missing-colon = a colon (:) is missing here
load-expected-text = a text in quotes was expected here
load-expected-number = a number was expected here
load-expected-yes-no = true or false was expected here
load-unexpected-char = “{ $char }” was not expected here
load-trailing-text = there is more text after the end of the profile
load-syntax = this is not how a Carta profile is written here
load-duplicate-language = this text gives “{ $lang }” twice; keep one of them
load-duplicate-field = `{ $field }` is written twice in this group; keep one of them
load-text-too-long = this text is longer than a profile's text can be ({ $limit } characters)
load-number-out-of-range = this number is too large or too small for this field
load-wrong-value = this value is not the kind this field takes
load-wrong-length = this list has { $count } entries, not the number this field takes
load-expected-option = Some(…) or None was expected here
load-expected-list = a list in [ ] was expected here
load-expected-map = texts in {"{"} {"}"} were expected here, such as {"{"}"en": "…"{"}"}
load-expected-group = a group in ( ) was expected here

## Why a save failed. A message follows “FILE: ”.
save-serialize = the profile cannot be turned into text: { $reason }
save-create-folder = the folder cannot be created: { $reason }
save-create-temporary = no new file can be made in { $folder }: { $reason }
save-permissions = the file's permissions cannot be set: { $reason }
save-write = the file cannot be written: { $reason }
save-keep-backup = the previous version cannot be kept as .bak: { $reason }
save-replace = the file cannot be replaced: { $reason }
save-too-large = the profile would be too large for Carta to open again: { $reason }
io-not-found = the file or its folder does not exist (it may have been moved, renamed or deleted)
io-permission-denied = this computer does not allow you to use it here (ask whoever manages it, or choose another place)
io-is-folder = it is a folder, not a file
io-not-a-file = it is not an ordinary file (a device or a pipe), so Carta does not use it
io-disk-full = the disk is full; free some space and try again
io-read-only = this place can only be read, not written
io-read-only-file = the file is marked read-only, so Carta leaves it as it is; save under another name, or remove the mark in the file's properties
io-name-too-long = the file's name is too long for this disk; choose a shorter one
io-in-the-way = something of that name is already there, in the way
io-not-a-folder = part of the path is a file, not a folder
io-in-use = another program has the file open and does not let it be replaced; close it there (a document open in Word, a synchronising folder) and save again, or save under another name
io-too-large = it is { $megabytes } MB, more than a profile can be ({ $limit } MB)
dialog-unavailable = Carta could not show the system's file dialog: this computer has neither a desktop portal nor zenity.
default-file-name = profile
alert-changes-kept = Your changes are still here, unsaved. Use File > Save As to put them in another place.

## What an import of a campaign page could not place. Headings in quotes are the page's own.
import-at-line = line { $line }: { $note }
import-no-title = The page has no title line; the city's name is left empty.
import-not-placed = not placed yet, kept under Check ▸ Not placed yet: “{ $text }”
import-twice = “{ $heading }” appears twice; the second is read too
import-missing = The page has no “{ $heading }”; that part is left empty.
import-ends-mid-sentence = the page seems to end mid-sentence; check the end of the text
import-no-year = no year in “{ $value }”; the year of joining is left empty
import-prose-before-questions = text before the first vision question was kept as the prose vision
import-text-between-aims = text between the aims was added to the last aim: “{ $text }”
import-found-by-shape = no heading for “{ $heading }”: that section is taken to start here by its shape; check where it begins
import-too-long = { $count ->
    [one] one text is longer than a profile's text can be: it is cut at a sentence's end, and the rest is kept under Check ▸ Not placed yet
   *[other] { $count } texts are longer than a profile's text can be: each is cut at a sentence's end, and the rest is kept under Check ▸ Not placed yet
}
import-item-before-first-area = an item before the first numbered policy area became a program of the catalogue, in no area

## The command line.
cli-ok = ok
cli-imported = { $areas } policy areas, { $programs } programs
cli-no-such-language = warning: the profile has no “{ $lang }” texts; writing the main language ({ $main })
cli-campaign-headings = note: the campaign’s page is published in English, Spanish or French; its headings are written in English over the { $lang } texts
cli-output-failed = carta: the output could not be written: { $reason }
cli-standard-input = standard input
cli-output-is-input = this is the page being imported; choose another name for the profile
cli-export-over-profile = this is the profile being exported; writing the export there would replace it. Choose another name
import-suggestions = Carta read kinds and target groups in the programs’ words. Accept or reject each suggestion (those left open wait in each program’s editor):
suggestion-yes = Accept
suggestion-no = Reject
suggestion-accept = Accept the suggestions for { $program }
suggestion-reject = Reject the suggestions for { $program }
cli-library-count = { $profiles ->
    [one] 1 profile
   *[other] { $profiles } profiles
}, { $programs ->
    [one] 1 program
   *[other] { $programs } programs
}
cli-library-found = { $programs ->
    [one] 1 program
   *[other] { $programs } programs
} in { $cities ->
    [one] 1 city
   *[other] { $cities } cities
}
cli-unknown-group = “{ $group }” is not a target group Carta knows (try “Migrants” or “Older adults”)
cli-unknown-region = “{ $region }” is not one of the campaign's regions (try “Europe” or “Latin America”)
