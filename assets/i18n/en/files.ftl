## Why a profile file could not be read. A message follows “FILE:LINE:COLUMN: ”.
load-unreadable = the file cannot be read: { $reason }
load-too-large = the file is { $megabytes } MB, more than a profile can be ({ $limit } MB)
load-not-utf8 = the file is not UTF-8 text: invalid byte at offset { $offset }
load-empty = the file is empty; expected a Carta profile
load-newer-version = written in file format version { $version }, but this Carta reads versions up to { $supported }; please update Carta to open it
load-cut-off = the file ends too early; it may have been cut off
load-too-deep = the file is nested too deeply to be a Carta profile
load-missing-field-in = `{ $outer }` lacks the required field `{ $field }`
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
load-syntax = this is not how a Carta profile is written here ({ $detail })

## Why a save failed. A message follows “FILE: ”.
save-serialize = the profile cannot be turned into text: { $reason }
save-create-folder = the folder cannot be created: { $reason }
save-create-temporary = no new file can be made in { $folder }: { $reason }
save-permissions = the file's permissions cannot be set: { $reason }
save-write = the file cannot be written: { $reason }
save-keep-backup = the previous version cannot be kept as .bak: { $reason }
save-replace = the file cannot be replaced: { $reason }
dialog-unavailable = Carta could not show the system's file dialog: this computer has neither a desktop portal nor zenity.
default-file-name = profile
alert-changes-kept = Your changes are still here, unsaved. Use File > Save As to put them in another place.

## What an import of a campaign page could not place. Headings in quotes are the page's own.
import-at-line = line { $line }: { $note }
import-no-title = The page has no title line; the city's name is left empty.
import-not-placed = not placed: “{ $text }”
import-twice = “{ $heading }” appears twice; the second is read too
import-missing = The page has no “{ $heading }”; that part is left empty.
import-ends-mid-sentence = the page seems to end mid-sentence; check the end of the text
import-no-year = no year in “{ $value }”; the year of joining is left empty
import-prose-before-questions = text before the first vision question was kept as the prose vision
import-text-between-aims = text between the aims was added to the last aim: “{ $text }”
import-item-before-first-area = an item before the first numbered policy area became a program of the catalogue, in no area

## The command line.
cli-ok = ok
cli-imported = { $areas } policy areas, { $programs } programs
cli-no-such-language = warning: the profile has no “{ $lang }” texts; writing the main language ({ $main })
