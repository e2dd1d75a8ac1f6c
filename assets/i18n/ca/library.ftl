# El panell Altres ciutats: una biblioteca de perfils d'altres ciutats.
panel-library = Altres ciutats
panel-library-subtitle = Apreneu d'altres ciutats: cerqueu en els seus programes, compareu-los amb els vostres i copieu el que us convingui.
command-open-library = Obre una biblioteca…
dialog-open-library = Obre una carpeta de perfils com a biblioteca
alert-library-failed = No s'ha pogut obrir la biblioteca
list-and = i
library-none = No hi ha cap biblioteca oberta. Una biblioteca és una carpeta de perfils (.ron) i pàgines de la campanya (.txt) d'altres ciutats, amb subcarpetes o sense: la carpeta compartida dels membres de la campanya, o les pàgines que heu recollit. Carta els llegeix i no els modifica mai.
library-none-import = Fitxer ▸ Importa programes obre aquí un sol perfil de la mateixa manera.
library-reading = S'estan llegint els fitxers de { $folder }: { $done } de { $total }…
library-stop = Atura la lectura
library-heading = { $name }: { $profiles ->
    [one] un perfil
   *[other] { $profiles } perfils
}, { $programs ->
    [one] un programa
   *[other] { $programs } programes
}
library-open-another = Obre una altra biblioteca…
library-problems = { $count ->
    [one] No s'ha pogut llegir un fitxer
   *[other] No s'han pogut llegir { $count } fitxers
}
library-tab-search = Cerca
library-find = Cerca
library-tab-compare = Comparació ({ $count })
library-search-hint = Paraules de qualsevol text de qualsevol programa
library-nothing-found = Cap programa no hi coincideix. Proveu amb menys paraules o menys filtres.
library-copy-ticked = { $count ->
    [0] Copia els programes marcats al meu perfil
    [one] Copia el programa marcat al meu perfil
   *[other] Copia els { $count } programes marcats al meu perfil
}
library-copy-none = Marqueu programes a la llista per copiar-los.
library-untick = Desmarca-ho tot
library-compare-city = Compara
library-compare-this = Compara { $city } amb la meva ciutat
library-compare-full = Es poden comparar fins a tres ciutats alhora: primer traieu-ne una de la comparació.
library-remove-compare = Treu { $city } de la comparació
library-tick = Marca { $title } per copiar-lo
library-choose = Trieu un programa de la llista per llegir-lo aquí.
library-from = Origen: { $city } · { $file }
library-copy-one = Copia al meu perfil
status-library-read = Biblioteca llegida: { $profiles ->
    [one] un perfil
   *[other] { $profiles } perfils
}, { $programs ->
    [one] un programa
   *[other] { $programs } programes
}{ $problems ->
    [0] .
    [one] ; no s'ha pogut llegir un fitxer.
   *[other] ; no s'han pogut llegir { $problems } fitxers.
}
status-library-stopped = S'ha aturat la lectura de la biblioteca.
status-copied-programs = { $count ->
    [one] S'ha copiat un programa
   *[other] S'han copiat { $count } programes
} de { $cities ->
    [one] { $city }
   *[other] { $cities } ciutats
} als vostres Programes; Ctrl+Z ho desfà.
compare-none = Marqueu «Compara» al costat de fins a tres ciutats als resultats de la cerca per comparar-les amb la vostra.
compare-yours = { $city } (la vostra)
compare-row-programs = Programes
compare-row-rights = Drets abordats
compare-row-goals = ODS abordats
compare-row-groups = Col·lectius abordats
compare-chart-rights = Articles de la Declaració Universal abordats
compare-chart-goals = Objectius de Desenvolupament Sostenible abordats
compare-chart-groups = Col·lectius destinataris abordats (programes)
compare-cell = { $city }, { $item }: { $count ->
    [0] cap programa
    [one] un programa
   *[other] { $count } programes
}
compare-legend-none = no abordat
compare-legend-some = abordat (color més intens: més programes)
compare-gaps = El que fan les altres i la vostra ciutat no
compare-gaps-none = La vostra ciutat aborda tot el que aborden les altres.
compare-gaps-more = …i { $count } més.
compare-article = l'article { $number } ({ $title })
compare-goal = l'objectiu { $number } ({ $title })
compare-group = programes per a { $group }
compare-gap = { $count ->
    [one] { $cities } aborda
   *[other] { $cities } aborden
} { $what }, i la vostra ciutat no.
size-gaps = Ciutats de la vostra mida
size-gaps-unknown = El vostre perfil no indica la franja de població (vegeu Ciutat), per això no es poden trobar ciutats de la vostra mida.
size-gaps-among = { $count ->
    [0] La biblioteca no té cap altra ciutat de la vostra mida ({ $size }).
    [one] Una ciutat de la biblioteca és de la vostra mida ({ $size }).
   *[other] { $count } ciutats de la biblioteca són de la vostra mida ({ $size }).
}
size-gap = { $count ->
    [one] Una ciutat de la vostra mida aborda
   *[other] { $count } ciutats de la vostra mida aborden
} { $what }, i la vostra ciutat no.
library-filters = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
library-partners = Entitats col·laboradores
library-read-failed = La lectura de { $folder } s'ha aturat inesperadament; no se n'ha carregat res. Torneu-ho a provar o obriu una carpeta més petita.
