## Per què no s'ha pogut llegir un fitxer de perfil. El missatge va després de «FITXER:LÍNIA:COLUMNA: ».
load-unreadable = no es pot llegir el fitxer: { $reason }
load-too-large = el fitxer ocupa { $megabytes } MB, més del que pot ocupar un perfil ({ $limit } MB)
load-not-utf8 = el fitxer no és text UTF-8: hi ha un byte no vàlid a la posició { $offset }
load-empty = el fitxer és buit; s'esperava un perfil de Carta
load-profile-not-page = això és un perfil de Carta, no una pàgina de la campanya: obriu-lo amb Fitxer ▸ Obre (o `carta check`); no hi ha res per importar
load-library-full = omès: la biblioteca ja conté { $megabytes } MB de perfils, el màxim que Carta llegeix alhora; obriu una carpeta més petita per llegir-lo
load-newer-version = escrit amb la versió { $version } del format de fitxer, però aquest Carta llegeix fins a la versió { $supported }; actualitzeu Carta per obrir-lo
load-cut-off = el fitxer s'acaba massa aviat; potser s'ha tallat
load-too-deep = el fitxer té massa nivells imbricats per ser un perfil de Carta
load-missing-field-in = falta el camp obligatori `{ $field }` dins { $outer }
file-part-Document = el perfil
file-part-City = les dades de la ciutat (city)
file-part-Leader = l'autoritat (leader)
file-part-Vision = la visió (vision)
file-part-Motivations = les motivacions (motivations)
file-part-Policies = els àmbits de polítiques (policies)
file-part-PolicyArea = un àmbit de polítiques
file-part-Program = un programa
file-part-Indicator = un indicador d'un programa
file-part-Measurement = una mesura d'un indicador
file-part-BudgetLine = una línia de pressupost d'un programa
file-part-Beneficiaries = una línia de persones beneficiàries d'un programa
file-part-Evidence = una evidència d'un programa
file-part-Partner = una entitat col·laboradora d'un programa
file-part-Suggestions = els suggeriments d'un programa
file-part-Unplaced = un fragment de text encara sense ubicar
file-part-Picture = una imatge (logotip o foto de portada)
file-part-Recovery = la còpia de la feina no desada
file-part-other = una part del fitxer
load-missing-field = falta el camp obligatori `{ $field }`
load-unknown-field = `{ $field }` no és un camp que Carta conegui aquí
load-unknown-value = «{ $value }» no és cap dels valors que Carta coneix aquí
load-unclosed-text = un text entre cometes no es tanca mai; potser el fitxer s'ha tallat
load-unclosed = una llista o un grup no es tanca mai; potser el fitxer s'ha tallat
load-missing-comma = aquí falta una coma
load-missing-colon = aquí falten els dos punts (:)
load-expected-text = aquí s'esperava un text entre cometes
load-expected-number = aquí s'esperava un nombre
load-expected-yes-no = aquí s'esperava true o false
load-unexpected-char = aquí no s'esperava «{ $char }»
load-trailing-text = hi ha més text després del final del perfil
load-syntax = aquí un perfil de Carta no s'escriu així
load-duplicate-language = aquest text dona «{ $lang }» dues vegades; conserveu-ne només un
load-duplicate-field = `{ $field }` està escrit dues vegades en aquest grup; conserveu-ne només un
load-text-too-long = aquest text és més llarg del que pot ser un text d'un perfil ({ $limit } caràcters)
load-number-out-of-range = aquest nombre és massa gran o massa petit per a aquest camp
load-wrong-value = aquest valor no és del tipus que admet aquest camp
load-wrong-length = aquesta llista té { $count } elements, no el nombre que admet aquest camp
load-expected-option = aquí s'esperava Some(…) o None
load-expected-list = aquí s'esperava una llista entre [ ]
load-expected-map = aquí s'esperaven textos entre {"{"} {"}"}, com ara {"{"}"ca": "…"{"}"}
load-expected-group = aquí s'esperava un grup entre ( )

## Per què ha fallat un desament. El missatge va després de «FITXER: ».
save-serialize = no es pot convertir el perfil en text: { $reason }
save-create-folder = no es pot crear la carpeta: { $reason }
save-create-temporary = no es pot crear cap fitxer nou a { $folder }: { $reason }
save-permissions = no es poden establir els permisos del fitxer: { $reason }
save-write = no es pot escriure el fitxer: { $reason }
save-keep-backup = no es pot conservar la versió anterior com a .bak: { $reason }
save-replace = no es pot substituir el fitxer: { $reason }
save-too-large = el perfil seria massa gran perquè Carta el pogués tornar a obrir: { $reason }
io-not-found = el fitxer o la seva carpeta no existeix (potser s'ha mogut, reanomenat o suprimit)
io-permission-denied = aquest ordinador no us permet fer-lo servir aquí (pregunteu-ho a qui l'administra o trieu un altre lloc)
io-is-folder = és una carpeta, no un fitxer
io-not-a-file = no és un fitxer normal (és un dispositiu o una canonada), per això Carta no el fa servir
io-disk-full = el disc és ple; allibereu espai i torneu-ho a provar
io-read-only = en aquest lloc només es pot llegir, no escriure
io-read-only-file = el fitxer està marcat com a només de lectura, per això Carta el deixa tal com és; deseu-lo amb un altre nom o traieu la marca a les propietats del fitxer
io-name-too-long = el nom del fitxer és massa llarg per a aquest disc; trieu-ne un de més curt
io-in-the-way = ja hi ha alguna cosa amb aquest nom que fa nosa
io-not-a-folder = una part del camí és un fitxer, no una carpeta
io-in-use = un altre programa té el fitxer obert i no deixa substituir-lo; tanqueu-lo allà (un document obert al Word, una carpeta que es sincronitza) i torneu a desar, o deseu amb un altre nom
io-too-large = ocupa { $megabytes } MB, més del que pot ocupar un perfil ({ $limit } MB)
dialog-unavailable = Carta no ha pogut mostrar el diàleg de fitxers del sistema: aquest ordinador no té ni portal d'escriptori ni zenity.
default-file-name = perfil
alert-changes-kept = Els vostres canvis encara hi són, sense desar. Feu servir Fitxer > Desa com a per desar-los en un altre lloc.

## Allò que la importació d'una pàgina de la campanya no ha pogut ubicar. Els títols entre cometes són els de la pàgina.
import-at-line = línia { $line }: { $note }
import-no-title = La pàgina no té línia de títol; el nom de la ciutat queda buit.
import-not-placed = encara sense ubicar, desat a Revisió ▸ Sense ubicar: «{ $text }»
import-twice = «{ $heading }» apareix dues vegades; també es llegeix la segona
import-missing = La pàgina no té «{ $heading }»; aquesta part queda buida.
import-ends-mid-sentence = sembla que la pàgina s'acaba a mitja frase; reviseu el final del text
import-no-year = no hi ha cap any a «{ $value }»; l'any d'adhesió queda buit
import-prose-before-questions = el text anterior a la primera pregunta de la visió s'ha conservat com a visió en text lliure
import-text-between-aims = el text entre els objectius s'ha afegit a l'últim objectiu: «{ $text }»
import-found-by-shape = no hi ha cap títol «{ $heading }»: per la forma, es considera que aquesta secció comença aquí; comproveu on comença
import-too-long = { $count ->
    [one] un text és més llarg del que pot ser un text del perfil: es talla al final d'una frase i la resta es desa a Revisió ▸ Sense ubicar
   *[other] { $count } textos són més llargs del que pot ser un text del perfil: cadascun es talla al final d'una frase i la resta es desa a Revisió ▸ Sense ubicar
}
import-item-before-first-area = un element anterior al primer àmbit de polítiques numerat s'ha convertit en un programa del catàleg, sense àmbit

## La línia d'ordres.
cli-ok = correcte
cli-imported = { $areas } àmbits de polítiques, { $programs } programes
cli-no-such-language = avís: el perfil no té textos en «{ $lang }»; s'escriu la llengua principal ({ $main })
cli-campaign-headings = nota: la pàgina de la campanya es publica en anglès, castellà o francès; els seus títols s'escriuen en anglès sobre els textos en { $lang }
cli-output-failed = carta: no s'ha pogut escriure la sortida: { $reason }
cli-standard-input = entrada estàndard
cli-output-is-input = aquesta és la pàgina que s'importa; trieu un altre nom per al perfil
cli-export-over-profile = aquest és el perfil que s'exporta; escriure-hi l'exportació el substituiria. Trieu un altre nom
import-suggestions = Carta ha llegit tipus i col·lectius destinataris en el text dels programes. Accepteu o rebutgeu cada suggeriment (els que quedin oberts esperen a l'editor de cada programa):
suggestion-yes = Accepta
suggestion-no = Rebutja
suggestion-accept = Accepta els suggeriments per a { $program }
suggestion-reject = Rebutja els suggeriments per a { $program }
cli-library-count = { $profiles ->
    [one] 1 perfil
   *[other] { $profiles } perfils
}, { $programs ->
    [one] 1 programa
   *[other] { $programs } programes
}
cli-library-found = { $programs ->
    [one] 1 programa
   *[other] { $programs } programes
} en { $cities ->
    [one] 1 ciutat
   *[other] { $cities } ciutats
}
cli-unknown-group = «{ $group }» no és un col·lectiu destinatari que Carta conegui (proveu «Persones migrants» o «Gent gran»)
cli-unknown-region = «{ $region }» no és cap de les regions de la campanya (proveu «Europa» o «Amèrica Llatina»)
