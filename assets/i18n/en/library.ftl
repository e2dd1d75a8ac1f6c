# The Other cities panel: a library of other cities' profiles.
panel-library = Other cities
panel-library-subtitle = Learn from other cities: search their programs, compare them with yours, copy what fits.
command-open-library = Open library…
dialog-open-library = Open a folder of profiles as a library
alert-library-failed = The library could not be opened
list-and = and
library-none = No library is open. A library is a folder of other cities’ profiles (.ron) and campaign pages (.txt), however deep: the campaign members’ shared folder, or the pages you collected. Carta reads them and never changes them.
library-none-import = File ▸ Import programs opens a single profile here in the same way.
library-reading = Reading { $done } of { $total } files in { $folder }…
library-stop = Stop reading
library-heading = { $name }: { $profiles ->
    [one] one profile
   *[other] { $profiles } profiles
}, { $programs ->
    [one] one program
   *[other] { $programs } programs
}
library-open-another = Open another library…
library-problems = { $count ->
    [one] One file could not be read
   *[other] { $count } files could not be read
}
library-tab-search = Search
library-find = Find
library-tab-compare = Compare ({ $count })
library-search-hint = Words in any text of any program
library-nothing-found = No program matches. Try fewer words or fewer filters.
library-copy-ticked = { $count ->
    [0] Copy ticked programs into my profile
    [one] Copy the ticked program into my profile
   *[other] Copy the { $count } ticked programs into my profile
}
library-copy-none = Tick programs in the list to copy them.
library-untick = Untick all
library-compare-city = Compare
library-compare-this = Compare { $city } with my city
library-compare-full = Up to three cities can be compared at once: remove one from the comparison first.
library-remove-compare = Remove { $city } from the comparison
library-tick = Tick { $title } to copy it
library-choose = Choose a program in the list to read it here.
library-from = From { $city } · { $file }
library-copy-one = Copy into my profile
status-library-read = Library read: { $profiles ->
    [one] one profile
   *[other] { $profiles } profiles
}, { $programs ->
    [one] one program
   *[other] { $programs } programs
}{ $problems ->
    [0] .
    [one] ; one file could not be read.
   *[other] ; { $problems } files could not be read.
}
status-library-stopped = Reading the library stopped.
status-copied-programs = { $count ->
    [one] One program copied
   *[other] { $count } programs copied
} from { $cities ->
    [one] { $city }
   *[other] { $cities } cities
} into your Programs; Ctrl+Z undoes it.
compare-none = Tick “Compare” beside up to three cities in the search results to compare them with yours.
compare-yours = { $city } (yours)
compare-row-programs = Programs
compare-row-rights = Rights addressed
compare-row-goals = Goals addressed
compare-row-groups = Target groups addressed
compare-chart-rights = Articles of the Universal Declaration addressed
compare-chart-goals = Sustainable Development Goals addressed
compare-chart-groups = Target groups addressed (programs)
compare-cell = { $city }, { $item }: { $count ->
    [0] no program
    [one] one program
   *[other] { $count } programs
}
compare-legend-none = not addressed
compare-legend-some = addressed (stronger colour: more programs)
compare-gaps = What the others do and you do not
compare-gaps-none = Your city addresses everything the others address.
compare-gaps-more = …and { $count } more.
compare-article = article { $number } ({ $title })
compare-goal = goal { $number } ({ $title })
compare-group = programs for { $group }
compare-gap = { $count ->
    [one] { $cities } addresses
   *[other] { $cities } address
} { $what }, and you do not.
size-gaps = Cities of your size
size-gaps-unknown = Your profile gives no population range (see City), so cities of your size cannot be found.
size-gaps-among = { $count ->
    [0] The library holds no other city of your size ({ $size }).
    [one] One city in the library is of your size ({ $size }).
   *[other] { $count } cities in the library are of your size ({ $size }).
}
size-gap = { $count ->
    [one] One city of your size addresses
   *[other] { $count } cities of your size address
} { $what }, and you do not.
library-filters = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
library-partners = Partners
library-read-failed = Reading { $folder } stopped unexpectedly; nothing of it was loaded. Try again, or open a smaller folder.
