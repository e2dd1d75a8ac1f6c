# The window around the panels: menus, commands, dialogs and messages.

## Menus
menu-file = File
menu-open-recent = Open Recent
no-recent-files = No recent files
clear-recent = Clear the list
clear-recent-none = No file opened yet.
menu-export = Export
menu-edit = Edit
menu-view = View
menu-language = Interface language
theme-system = Theme: follow the system
theme-light = Theme: light
theme-dark = Theme: dark

## Commands
command-new = New
command-open = Open…
command-save = Save
command-save-as = Save As…
command-import-programs = Import programs…
command-import-campaign-text = Import campaign text…
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-present = Present

## Export formats
format-txt = Campaign text (.txt)
format-markdown = Markdown (.md)
format-html = Web page (.html)
format-json = JSON (.json)
format-slides-pdf = Slides as PDF (.pdf)
format-slides-pdf-a4 = Slides as PDF, A4 landscape (.pdf)
format-notes-pdf = Slides with notes as PDF (.pdf)

## File dialogs and the typed-path window
dialog-open = Open a profile
dialog-save-as = Save the profile as
dialog-import-programs = Import programs from another profile
dialog-import-campaign-text = Import a profile page in the campaign's text format
dialog-export = Export the profile as
filter-text = Text
filter-profile = Carta profile
filter-all-files = All files
dialogs-turned-off = The system's file dialogs are turned off.
details = Details
file-path = File path
file-path-hint = e.g. /home/ana/Documents/my-city.ron
folder-path-hint = e.g. /home/ana/Documents/other-cities
open = Open
save = Save
export = Export
cancel = Cancel
ok = OK
not-now = Not now
dont-save = Don't save

## The side bar and the status bar
untitled = Untitled
present-button = Present  (F5)
present-hint = Full-screen slides for a meeting; Esc comes back
status-not-saved-yet = Not saved to a file yet
status-unsaved = • unsaved changes
status-undone = Undone.
status-redone = Redone.
status-new = New profile.
status-opened = Opened { $path }.
status-saved = Saved to { $path }.
status-interface-unspoken = Carta does not speak { $wanted } yet. It speaks { $spoken }: English until you choose (View ▸ Interface language).
status-language-gone = The interface language you chose ({ $code }) is no longer there: its translation was removed. Choose another under View ▸ Interface language.
status-exported = Exported to { $path }.
export-campaign-headings = Exported. The campaign’s page is published in English, Spanish or French: this one has English headings over your texts.
status-waiting-for-dialog = Waiting for the file dialog…
status-restored = Restored the unsaved work. Save it to keep it.
status-settings-not-kept = Your settings (language, theme, recent files) could not be kept: { $reason }
export-over-open-profile = { $path } is the profile you have open. Writing the export there would replace your profile; choose another name.
restore-stale-title = The file changed after your work was kept
restore-stale-message = Someone or something changed { $path } after Carta kept your unsaved work. Your work is back on screen; when you save, Carta will ask whether to reload their version, compare the two, or keep yours under another name.
status-autosave-failing = ⚠ Recovery copies cannot be written
status-autosave-back = Recovery copies of your unsaved work are being written again.
overwrite-title = “{ $name }” already exists
overwrite-message = A file of that name is already in { $folder }. Replacing it overwrites what it holds.
overwrite-replace = Replace it
status-reloaded = Reloaded the newer version from disk.
presenter-view-title = Carta — presenter view

## Messages
alert-open-failed = This file could not be opened
alert-document-unchanged = The document that was open has not been changed.
alert-save-failed = The profile could not be saved
alert-export-failed = The export could not be written
import-page-title = Campaign page imported
import-page-read = { $source }: { $areas } policy areas and { $programs } programs were read. Save the new profile with File > Save As.
import-page-points = Please look at these points:
unsaved-title = Save your changes?
unsaved-this-profile = This profile
unsaved-message = { $name } has changes that are not saved. If you don't save, they are lost.
restore-title = Restore unsaved work?
restore-never-saved = a profile that was never saved
restore-message = Carta closed without saving your changes to { $what }, the profile of { $city }. They were kept { $age }.
restore = Restore
discard = Discard
age-now = less than a minute ago
age-minutes = { $count ->
    [one] a minute ago
   *[other] { $count } minutes ago
}
age-hours = { $count ->
    [one] an hour ago
   *[other] { $count } hours ago
}
age-days = { $count ->
    [one] a day ago
   *[other] { $count } days ago
}
conflict-deleted-title = “{ $name }” was deleted or moved
conflict-deleted-message = Another program removed the file you are editing. Your version is still here.
conflict-changed-title = “{ $name }” was changed by another program
conflict-changed-message = Someone saved a newer version of this file since you opened it. Carta will not write over it without asking.
conflict-save-here = Save mine again here
conflict-reload = Reload theirs
conflict-compare = View both
conflict-merge = Merge theirs into mine…
conflict-save-as = Keep mine: Save As…

## Content languages
content-language = Content language
content-language-main = { $language } (main)
content-language-add = Add { $language }
content-language-another = Another language…
language-search = Search a language by its name
language-search-hint = Arabic, 한국어, català, pt-BR…
language-search-none = No language has that name.
content-language-add-title = Add a content language
content-language-add-explained = Type the language's name, in English or in the language itself, or its code (pt-BR).
content-language-missing = { $count } to translate

## Presenting
slide-info = Slide { $counter }: { $heading }
slides-grid = All slides — click one, or press G or Esc to go back
presenter-end = (the end)
presenter-view = Presenter view
presenter-now = Now, slide { $number } of { $count }
presenter-next = Next
presenter-notes = Notes
presenter-no-notes = No notes for this slide.
presenter-previous = ◀ Previous
presenter-next-button = Next ▶
presenter-one-screen = One screen: the room sees this view. P brings the slides back.
presenter-slides-on = Slides on screen
presenter-swap = Swap screens

content-language-make-main = Make { $language } the main language
content-language-remove = Remove { $language } and its texts
status-language-removed = Removed the { $language } texts. Ctrl+Z brings them back.

fonts-missing-title = Some text cannot be shown
fonts-missing = No font on this computer can show { $scripts } text (such as “{ $samples }”), so it appears as empty boxes on screen. The file itself is fine.
fonts-hint-linux = To see it, ask for these font packages to be installed, then restart Carta: { $packages }
fonts-hint-windows = To see it, open Windows Settings ▸ Time & language ▸ Language & region and add a language written in that script (its fonts come with it), or ask your IT department for its “Supplemental Fonts” optional feature; then restart Carta.
fonts-hint-macos = To see it, open Font Book and download a font for that script, then restart Carta.
paste-page-how = Select the whole profile page on the campaign's website, copy it (Ctrl+C) and paste it below (Ctrl+V). Or open a text file of the page.
paste-page-field = The page
paste-page-hint = Paste the page here
paste-page-import = Import the pasted page
paste-page-empty = Paste a page first
paste-page-open-file = Open a file…
paste-page-source = The pasted page

## Help and printing
menu-help = Help
command-print = Print…
command-guide = User guide
command-shortcuts = Keyboard shortcuts
command-about = About Carta
alert-print-failed = The print page could not be made
status-print-opened = Opened the print page in your browser: print it from there (Ctrl+P). It is { $path }.
status-print-written = The print page is { $path }: open it in a browser to print it.
print-no-browser = The print page is { $path }, but no browser could open it ({ $reason }). Open it yourself to print it.
shortcuts-menus = Alt or F10 opens the menus; Tab and Shift+Tab move between fields; Enter or Space presses the button in focus; Escape closes a window.
# The Shift key as its keyboards name it (menus and the shortcut sheet).
key-shift = Shift
shortcuts-present = While presenting: → or Space next slide, ← previous, Home first, End last, a number and Enter goes to that slide, B blanks the screen, G shows every slide, P the presenter view, Esc ends.
about-what = Keep, check and present your city’s Human Rights City profile and its catalogue of municipal programs.
about-licence = Free software under the { $licence } licence.
about-licence-or = {" or "}
about-settings = Settings
about-recovery = Copies of unsaved work
about-cache = Cache of libraries and print pages
about-nowhere = not kept
about-profiles = Your profiles are wherever you save them; each save keeps the previous version beside the file as a .bak.

## Welcome
welcome-title = Welcome to Carta
welcome-explained = Carta keeps your city’s Human Rights City profile and its catalogue of programs, checks it against the campaign’s form and presents it at meetings. Everything stays on this computer.
welcome-start = Start your city’s profile
welcome-languages = Languages
welcome-languages-hint = The first language ticked is the main one; you can add others later from the side bar.
welcome-start-button = Start the profile
welcome-start-needs-city = Type your city’s name first.
welcome-or = Or
welcome-example = Look at the San Antonio example
welcome-skip = Go to the empty form
welcome-recent = Recent files
example-title = Example (San Antonio)
status-started = A new profile: go on with City, then save it with Ctrl+S.
status-example = This is San Antonio’s profile, an example: saving it asks for a name of your own.
slides-typed = Go to slide { $number } (Enter)
slides-empty = Nothing to present yet: fill in City first, then the rest of the form.
presenter-clock = It is { $time }
shortcuts-or = or
welcome-window-title = Welcome — Carta
presenter-thumbnail = Slide { $number }: { $heading }

picture-unreadable = The picture { $file } could not be read: { $reason }
picture-not-a-picture = { $file } is not a PNG or JPEG picture, or it is damaged. Save it as PNG or JPEG and choose it again.
picture-too-many-pixels = { $file } is { $width } × { $height } pixels: more than Carta takes (100 million). Make it smaller and choose it again.
field-logo = Logo
field-cover = Cover photo
pictures-explained = Shown on the title slide and in the handout. Kept inside the profile file (made small enough to mail), so colleagues you send it to see them too.
picture-none = None yet
picture-choose = Choose…
picture-change = Change…
picture-remove = Remove
picture-damaged = This picture cannot be shown.
dialog-choose-logo = Choose the city’s logo
dialog-choose-cover = Choose a cover photo
filter-pictures = Pictures (PNG, JPEG)
status-logo-set = Logo added. Ctrl+Z takes it back.
status-cover-set = Cover photo added. Ctrl+Z takes it back.
alert-picture-failed = The picture could not be used
slide-logo-alt = Logo of { $city }
picture-left-out-Logo = The logo cannot be read (damaged or cut off): it is left out of what is published. Choose it again in City.
picture-left-out-Cover = The cover photo cannot be read (damaged or cut off): it is left out of what is published. Choose it again in City.
status-picture-preparing = Preparing the picture…
status-picture-other-profile = The picture was not added: another profile is open now.
status-exporting = Writing { $path }…
status-export-busy = Another export is still being written; try again in a moment.
export-stopped = Writing the export stopped unexpectedly.

## Translations the officer adds (Help ▸ Translate Carta…)
language-added-entry = { $name } — { $translated } of { $total } phrases
command-translate = Translate Carta…
command-add-translation = Add a translation…
command-reload-translations = Read translations again
translate-into = Translate into { $language }
translate-title = Translate Carta
translate-explained = Choose the language to translate Carta into. Carta writes its phrases into a folder, each with the English and your interface language beside it. Translate them in any text editor, save, then choose View ▸ Interface language ▸ Read translations again.
filter-translation = Translation (.zip, or any file of its folder)
translation-path-hint = A translation's folder (named by its code, such as eu), a file in it, or its zip
dialog-add-translation = Choose a translation's folder (named by its language's code)
translation-loaded = { $name }: { $translated } of { $total } phrases
translation-syntax = { $file }, line { $line }, column { $column }: Carta cannot read this phrase ({ $what }). The rest of the file is used.
translation-not-a-code = The folder { $folder } is not named by a language code (such as “eu” or “pt-BR”): Carta left it out.
translation-built-in = The translation in { $folder } has the code of { $language }, which Carta already speaks: Carta's own stays.
translation-unreadable = { $path }: { $reason }
translation-too-many = Only the first { $count } translations in { $folder } were read.
alert-translation-problems = A translation could not be read whole
status-no-translations = There are no translations in the settings folder.
status-translations-read = Translations read: { $list }
status-translation-written = The phrases to translate are in { $folder }. Translate them, save, then choose View ▸ Interface language ▸ Read translations again.
status-translation-no-settings = Carta has no settings folder on this computer, so it cannot keep translations.
