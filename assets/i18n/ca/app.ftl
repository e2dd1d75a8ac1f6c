# La finestra al voltant dels panells: menús, ordres, diàlegs i missatges.

## Menús
menu-file = Fitxer
menu-open-recent = Fitxers recents
no-recent-files = No hi ha fitxers recents
clear-recent = Buida la llista
clear-recent-none = Encara no s'ha obert cap fitxer.
menu-export = Exporta
menu-edit = Edita
menu-view = Visualitza
menu-language = Llengua de la interfície
theme-system = Tema: el del sistema
theme-light = Tema: clar
theme-dark = Tema: fosc

## Ordres
command-new = Nou
command-open = Obre…
command-save = Desa
command-save-as = Desa com a…
command-import-programs = Importa programes…
command-import-campaign-text = Importa text de la campanya…
command-quit = Surt
command-undo = Desfés
command-redo = Refés
command-present = Presenta

## Formats d'exportació
format-txt = Text de la campanya (.txt)
format-markdown = Markdown (.md)
format-html = Pàgina web (.html)
format-json = JSON (.json)
format-slides-pdf = Diapositives en PDF (.pdf)
format-slides-pdf-a4 = Diapositives en PDF, A4 apaïsat (.pdf)
format-notes-pdf = Diapositives amb notes en PDF (.pdf)

## Diàlegs de fitxers i la finestra per escriure un camí
dialog-open = Obre un perfil
dialog-save-as = Desa el perfil com a
dialog-import-programs = Importa programes d'un altre perfil
dialog-import-campaign-text = Importa una pàgina de perfil en el format de text de la campanya
dialog-export = Exporta el perfil com a
filter-text = Text
filter-profile = Perfil de Carta
filter-all-files = Tots els fitxers
dialogs-turned-off = Els diàlegs de fitxers del sistema estan desactivats.
details = Detalls
file-path = Camí del fitxer
file-path-hint = p. ex. /home/ana/Documents/la-meva-ciutat.ron
folder-path-hint = p. ex. /home/ana/Documents/altres-ciutats
open = Obre
save = Desa
export = Exporta
cancel = Cancel·la
ok = D'acord
not-now = Ara no
dont-save = No desis

## La barra lateral i la barra d'estat
untitled = Sense títol
present-button = Presenta  (F5)
present-hint = Diapositives a pantalla completa per a una reunió; Esc per tornar
status-not-saved-yet = Encara no s'ha desat en cap fitxer
status-unsaved = • canvis sense desar
status-undone = S'ha desfet.
status-redone = S'ha refet.
status-new = Perfil nou.
status-opened = S'ha obert { $path }.
status-saved = S'ha desat a { $path }.
status-interface-unspoken = Carta encara no parla { $wanted }. Parla { $spoken }; fins que en trieu una (Visualitza ▸ Llengua de la interfície), es mostra en anglès.
status-language-gone = La llengua de la interfície que vau triar ({ $code }) ja no hi és: se n’ha tret la traducció. Trieu-ne una altra a Visualitza ▸ Llengua de la interfície.
status-exported = S'ha exportat a { $path }.
export-campaign-headings = S'ha exportat. La pàgina de la campanya es publica en anglès, castellà o francès: aquesta porta els encapçalaments en anglès damunt dels vostres textos.
status-waiting-for-dialog = S'està esperant el diàleg de fitxers…
status-restored = S'ha restaurat la feina sense desar. Deseu-la per conservar-la.
status-settings-not-kept = No s'han pogut conservar les preferències (llengua, tema, fitxers recents): { $reason }
export-over-open-profile = { $path } és el perfil que teniu obert. Si hi escriviu l'exportació, substituirà el vostre perfil; trieu un altre nom.
restore-stale-title = El fitxer ha canviat després que es conservés la vostra feina
restore-stale-message = Algú o alguna cosa ha canviat { $path } després que Carta conservés la vostra feina sense desar. La vostra feina torna a ser a la pantalla; quan deseu, Carta us preguntarà si voleu tornar a carregar l'altra versió, comparar-les o conservar la vostra amb un altre nom.
status-autosave-failing = ⚠ No es poden escriure les còpies de recuperació
status-autosave-back = Es tornen a escriure les còpies de recuperació de la vostra feina sense desar.
overwrite-title = «{ $name }» ja existeix
overwrite-message = Ja hi ha un fitxer amb aquest nom a { $folder }. Si el substituïu, se'n sobreescriurà el contingut.
overwrite-replace = Substitueix-lo
status-reloaded = S'ha tornat a carregar la versió més recent del disc.
presenter-view-title = Carta — vista del presentador

## Missatges
alert-open-failed = No s'ha pogut obrir aquest fitxer
alert-document-unchanged = El document que estava obert no s'ha modificat.
alert-save-failed = No s'ha pogut desar el perfil
alert-export-failed = No s'ha pogut escriure l'exportació
import-page-title = S'ha importat la pàgina de la campanya
import-page-read = { $source }: s'han llegit { $areas } àmbits de polítiques i { $programs } programes. Deseu el perfil nou amb Fitxer > Desa com a.
import-page-points = Reviseu aquests punts:
unsaved-title = Voleu desar els canvis?
unsaved-this-profile = Aquest perfil
unsaved-message = { $name } té canvis sense desar. Si no els deseu, es perdran.
restore-title = Voleu restaurar la feina sense desar?
restore-never-saved = un perfil que no s'ha desat mai
restore-message = Carta es va tancar sense desar els vostres canvis a { $what } (perfil: { $city }). Es van conservar { $age }.
restore = Restaura
discard = Descarta
age-now = fa menys d'un minut
age-minutes = { $count ->
    [one] fa un minut
   *[other] fa { $count } minuts
}
age-hours = { $count ->
    [one] fa una hora
   *[other] fa { $count } hores
}
age-days = { $count ->
    [one] fa un dia
   *[other] fa { $count } dies
}
conflict-deleted-title = «{ $name }» s'ha suprimit o s'ha mogut
conflict-deleted-message = Una altra aplicació ha eliminat el fitxer que esteu editant. La vostra versió encara és aquí.
conflict-changed-title = Una altra aplicació ha canviat «{ $name }»
conflict-changed-message = Algú ha desat una versió més recent d'aquest fitxer després que l'obrísseu. Carta no la sobreescriurà sense preguntar-vos-ho.
conflict-save-here = Torna a desar la meva aquí
conflict-reload = Carrega la seva
conflict-compare = Mostra les dues
conflict-merge = Fusiona la seva amb la meva…
conflict-save-as = Conserva la meva: Desa com a…

## Llengües del contingut
content-language = Llengua del contingut
content-language-main = { $language } (principal)
content-language-add = Afegeix { $language }
content-language-another = Una altra llengua…
language-search = Cerca una llengua pel nom
language-search-hint = àrab, 한국어, español, pt-BR…
language-search-none = Cap llengua no té aquest nom.
content-language-add-title = Afegeix una llengua del contingut
content-language-add-explained = Escriviu el nom de la llengua, en català o en la mateixa llengua, o el seu codi (pt-BR).
content-language-missing = { $count } per traduir

## Presentació
slide-info = Diapositiva { $counter }: { $heading }
slides-grid = Totes les diapositives: feu clic en una, o premeu G o Esc per tornar
presenter-end = (final)
presenter-view = Vista del presentador
presenter-now = Ara, diapositiva { $number } de { $count }
presenter-next = Següent
presenter-notes = Notes
presenter-no-notes = Aquesta diapositiva no té notes.
presenter-previous = ◀ Anterior
presenter-next-button = Següent ▶
presenter-one-screen = Una sola pantalla: la sala veu aquesta vista. P torna a mostrar les diapositives.
presenter-slides-on = Diapositives a la pantalla
presenter-swap = Intercanvia les pantalles

content-language-make-main = Defineix com a principal: { $language }
content-language-remove = Treu la llengua i els seus textos: { $language }
status-language-removed = S'han tret els textos en { $language }. Ctrl+Z els recupera.

fonts-missing-title = Una part del text no es pot mostrar
fonts-missing = Cap tipus de lletra d'aquest ordinador no pot mostrar text en { $scripts } (com ara «{ $samples }»), per això apareix com a quadres buits a la pantalla. El fitxer en si és correcte.
fonts-hint-linux = Per veure'l, demaneu que s'instal·lin aquests paquets de tipus de lletra i després reinicieu Carta: { $packages }
fonts-hint-windows = Per veure'l, obriu Configuració del Windows ▸ Hora i idioma ▸ Idioma i regió i afegiu una llengua escrita amb aquest sistema d'escriptura (els seus tipus de lletra s'hi inclouen), o demaneu al departament d'informàtica la característica opcional «Tipus de lletra suplementaris»; després reinicieu Carta.
fonts-hint-macos = Per veure'l, obriu el Catàleg Tipogràfic i baixeu un tipus de lletra per a aquest sistema d'escriptura; després reinicieu Carta.
paste-page-how = Seleccioneu tota la pàgina del perfil al web de la campanya, copieu-la (Ctrl+C) i enganxeu-la a sota (Ctrl+V). O bé obriu un fitxer de text amb la pàgina.
paste-page-field = La pàgina
paste-page-hint = Enganxeu aquí la pàgina
paste-page-import = Importa la pàgina enganxada
paste-page-empty = Primer enganxeu una pàgina
paste-page-open-file = Obre un fitxer…
paste-page-source = La pàgina enganxada

## Ajuda i impressió
menu-help = Ajuda
command-print = Imprimeix…
command-guide = Guia d'ús
command-shortcuts = Dreceres de teclat
command-about = Quant a Carta
alert-print-failed = No s'ha pogut preparar la pàgina per imprimir
status-print-opened = La pàgina per imprimir s'ha obert al navegador: imprimiu-la des d'allà (Ctrl+P). És { $path }.
status-print-written = La pàgina per imprimir és { $path }: obriu-la en un navegador per imprimir-la.
print-no-browser = La pàgina per imprimir és { $path }, però cap navegador no l'ha pogut obrir ({ $reason }). Obriu-la manualment per imprimir-la.
shortcuts-menus = Alt o F10 obre els menús; Tab i Maj+Tab passen d'un camp a un altre; Retorn o Espai prem el botó que té el focus; Esc tanca una finestra.
# La tecla Shift tal com l'anomenen els teclats (menús i full de dreceres).
key-shift = Maj
shortcuts-present = Mentre presenteu: → o Espai diapositiva següent, ← anterior, Inici la primera, Fi l'última, un número i Retorn va a aquella diapositiva, B enfosqueix la pantalla, G mostra totes les diapositives, P la vista del presentador, Esc acaba.
about-what = Manteniu, reviseu i presenteu el perfil de Ciutat de Drets Humans de la vostra ciutat i el seu catàleg de programes municipals.
about-licence = Programari lliure amb llicència { $licence }.
about-licence-or = {" o "}
about-settings = Preferències
about-recovery = Còpies de la feina sense desar
about-cache = Memòria cau de biblioteques i pàgines per imprimir
about-nowhere = no es conserven
about-profiles = Els vostres perfils són allà on els deseu; cada vegada que deseu, la versió anterior es conserva al costat del fitxer com a .bak.

## Benvinguda
welcome-title = Us donem la benvinguda a Carta
welcome-explained = Carta manté el perfil de Ciutat de Drets Humans de la vostra ciutat i el seu catàleg de programes, el revisa segons el formulari de la campanya i el presenta a les reunions. Tot es queda en aquest ordinador.
welcome-start = Comenceu el perfil de la vostra ciutat
welcome-languages = Llengües
welcome-languages-hint = La primera llengua marcada és la principal; podeu afegir-ne d'altres més endavant des de la barra lateral.
welcome-start-button = Comença el perfil
welcome-start-needs-city = Primer escriviu el nom de la vostra ciutat.
welcome-or = O bé
welcome-example = Mostra l'exemple de San Antonio
welcome-skip = Vés al formulari buit
welcome-recent = Fitxers recents
example-title = Exemple (San Antonio)
status-started = Un perfil nou: continueu amb Ciutat i després deseu-lo amb Ctrl+S.
status-example = Aquest és el perfil de San Antonio, un exemple: en desar-lo, se us demanarà un nom propi.
slides-typed = Vés a la diapositiva { $number } (Retorn)
slides-empty = Encara no hi ha res per presentar: primer ompliu Ciutat i després la resta del formulari.
presenter-clock = Són les { $time }
shortcuts-or = o
welcome-window-title = Benvinguda — Carta
presenter-thumbnail = Diapositiva { $number }: { $heading }

picture-unreadable = No s'ha pogut llegir la imatge { $file }: { $reason }
picture-not-a-picture = { $file } no és una imatge PNG o JPEG, o està malmesa. Deseu-la com a PNG o JPEG i torneu-la a triar.
picture-too-many-pixels = { $file } fa { $width } × { $height } píxels: més del que admet Carta (100 milions). Reduïu-la i torneu-la a triar.
field-logo = Logotip
field-cover = Foto de portada
pictures-explained = Es mostren a la diapositiva de títol i al document de suport. Es desen dins del fitxer del perfil (prou reduïdes per poder-lo enviar per correu), així que els companys a qui l'envieu també les veuen.
picture-none = Encara cap
picture-choose = Tria…
picture-change = Canvia…
picture-remove = Treu
picture-damaged = Aquesta imatge no es pot mostrar.
dialog-choose-logo = Tria el logotip de la ciutat
dialog-choose-cover = Tria una foto de portada
filter-pictures = Imatges (PNG, JPEG)
status-logo-set = S'ha afegit el logotip. Ctrl+Z el treu.
status-cover-set = S'ha afegit la foto de portada. Ctrl+Z la treu.
alert-picture-failed = No s'ha pogut utilitzar la imatge
slide-logo-alt = Logotip: { $city }
picture-left-out-Logo = El logotip no es pot llegir (malmès o tallat): queda fora del que es publica. Torneu-lo a triar a Ciutat.
picture-left-out-Cover = La foto de portada no es pot llegir (malmesa o tallada): queda fora del que es publica. Torneu-la a triar a Ciutat.
status-picture-preparing = S'està preparant la imatge…
status-picture-other-profile = No s'ha afegit la imatge: ara hi ha un altre perfil obert.
status-exporting = S'està escrivint { $path }…
status-export-busy = Encara s'està escrivint una altra exportació; torneu-ho a provar d'aquí a un moment.
export-stopped = L'escriptura de l'exportació s'ha aturat inesperadament.

## Traduccions que afegeix la persona responsable (Ajuda ▸ Tradueix Carta…)
language-added-entry = { $name } — { $translated } de { $total } frases
command-translate = Tradueix Carta…
command-add-translation = Afegeix una traducció…
command-reload-translations = Torna a llegir les traduccions
translate-into = Tradueix a: { $language }
translate-title = Tradueix Carta
translate-explained = Trieu la llengua a què voleu traduir Carta. Carta escriu les seves frases en una carpeta, cadascuna amb l’anglès i la llengua de la vostra interfície al costat. Traduïu-les amb qualsevol editor de text, deseu i trieu Visualitza ▸ Llengua de la interfície ▸ Torna a llegir les traduccions.
filter-translation = Traducció (.zip, o qualsevol fitxer de la carpeta)
translation-path-hint = La carpeta d’una traducció (amb el codi com a nom, per exemple eu), un fitxer de dins o el seu zip
dialog-add-translation = Trieu la carpeta d’una traducció (amb el codi de la llengua com a nom)
translation-loaded = { $name }: { $translated } de { $total } frases
translation-syntax = { $file }, línia { $line }, columna { $column }: Carta no pot llegir aquesta frase ({ $what }). S’usa la resta del fitxer.
translation-not-a-code = La carpeta { $folder } no porta el codi d’una llengua (com ara «eu» o «pt-BR»): Carta l’ha deixada de banda.
translation-built-in = La traducció de { $folder } té el codi d’una llengua que Carta ja parla ({ $language }): es manté la de Carta.
translation-unreadable = { $path }: { $reason }
translation-too-many = Només s’han llegit les { $count } primeres traduccions de { $folder }.
alert-translation-problems = No s’ha pogut llegir sencera una traducció
status-no-translations = No hi ha cap traducció a la carpeta de preferències.
status-translations-read = Traduccions llegides: { $list }
status-translation-written = Les frases per traduir són a { $folder }. Traduïu-les, deseu i trieu Visualitza ▸ Llengua de la interfície ▸ Torna a llegir les traduccions.
status-translation-no-settings = Carta no té carpeta de preferències en aquest ordinador i no pot desar traduccions.
